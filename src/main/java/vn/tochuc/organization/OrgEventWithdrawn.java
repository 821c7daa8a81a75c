package vn.tochuc.organization;

import java.util.List;

/** Published when an event not yet in force is withdrawn: listeners undo what they did for {@code eventId}. */
public record OrgEventWithdrawn(long eventId, List<Long> unitIds) {

    public OrgEventWithdrawn {
        unitIds = List.copyOf(unitIds);
    }
}
