package vn.tochuc.organization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A unit's direct lineage from its events: the units it came from and the units it went into. */
final class Lineage {

    private Lineage() {}

    static List<OrgEvent.Party> predecessors(long unit, List<OrgEvent> events) {
        return related(unit, events, "SUCCESSOR", "PREDECESSOR");
    }

    static List<OrgEvent.Party> successors(long unit, List<OrgEvent> events) {
        return related(unit, events, "PREDECESSOR", "SUCCESSOR");
    }

    private static List<OrgEvent.Party> related(long unit, List<OrgEvent> events, String myRole, String theirRole) {
        Map<Long, OrgEvent.Party> out = new LinkedHashMap<>();
        for (OrgEvent e : events) {
            if (e.withdrawn()
                    || e.parties().stream()
                            .noneMatch(p -> p.unitId() == unit && p.role().equals(myRole))) {
                continue;
            }
            for (OrgEvent.Party p : e.withRole(theirRole)) {
                if (p.unitId() != unit) {
                    out.putIfAbsent(p.unitId(), p);
                }
            }
        }
        return new ArrayList<>(out.values());
    }
}
