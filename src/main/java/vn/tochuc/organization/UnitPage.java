package vn.tochuc.organization;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The unit page: the unit as of a date, its children then, its versions, events and lineage. */
public record UnitPage(UnitAsOf unit, LocalDate asOf, boolean inForce, @Nullable UnitAsOf parent,
        List<UnitAsOf> children, List<UnitAsOf> versions, List<OrgEvent> events, List<OrgEvent.Party> predecessors,
        List<OrgEvent.Party> successors, String kindName, LocalDate today, boolean canEdit) {

    public UnitPage {
        children = List.copyOf(children);
        versions = List.copyOf(versions);
        events = List.copyOf(events);
        predecessors = List.copyOf(predecessors);
        successors = List.copyOf(successors);
    }

    /** An event can be withdrawn while it is not yet in force. */
    public boolean withdrawable(OrgEvent e) {
        return canEdit && !e.withdrawn() && e.effectiveOn().isAfter(today);
    }

    public String treeParam() {
        return unit.ref().tree();
    }
}
