package vn.tochuc.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * Published when units merge (N→1) on {@code effectiveOn}: records held against a predecessor (people's
 * assignments, headcount) follow the lineage to {@code successorId}.
 */
public record OrgUnitsMerged(long eventId, List<Long> predecessorIds, long successorId, LocalDate effectiveOn) {

    public OrgUnitsMerged {
        predecessorIds = List.copyOf(predecessorIds);
    }
}
