package vn.tochuc.organization;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The unit page: the unit as of a date, its children then, its versions, events and lineage. */
public record UnitPage(
        UnitAsOf unit,
        LocalDate asOf,
        boolean inForce,
        @Nullable UnitAsOf parent,
        List<UnitAsOf> children,
        List<UnitAsOf> versions,
        List<OrgEvent> events,
        List<OrgEvent.Party> predecessors,
        List<OrgEvent.Party> successors,
        String kindName,
        LocalDate today,
        boolean canEdit) {

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

    /**
     * The parties shown for an event: all of them, or for a bulk event (more than 8) this unit and the other
     * side of its lineage when that side is small.
     */
    public List<OrgEvent.Party> shownParties(OrgEvent e) {
        if (e.parties().size() <= 8) {
            return e.parties();
        }
        String mine = e.parties().stream()
                .filter(p -> p.unitId() == unit.id())
                .map(OrgEvent.Party::role)
                .findFirst()
                .orElse("");
        return e.parties().stream()
                .filter(p -> p.unitId() == unit.id()
                        || (!p.role().equals(mine) && e.withRole(p.role()).size() <= 8))
                .toList();
    }

    public int hiddenParties(OrgEvent e) {
        return e.parties().size() - shownParties(e).size();
    }

    public String treeParam() {
        return unit.ref().tree();
    }
}
