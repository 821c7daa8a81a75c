package vn.tochuc.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * Published when a unit splits (1→N) on {@code effectiveOn}. {@code defaultSuccessorId} receives records
 * that no finer rule places; listeners should flag such moves for review.
 */
public record OrgUnitSplit(
        long eventId, long predecessorId, List<Long> successorIds, long defaultSuccessorId, LocalDate effectiveOn) {

    public OrgUnitSplit {
        successorIds = List.copyOf(successorIds);
    }
}
