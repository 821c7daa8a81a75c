package vn.tochuc.people;

import org.jspecify.annotations.Nullable;

/**
 * One cadre currently in a unit's subtree (for rosters such as an evaluation cycle's members): the job position
 * (else the post) and the post held (chức vụ) of the open main assignment.
 */
public record RosterEntry(
        long personId,
        @Nullable String staffNumber,
        String fullName,
        long unitId,
        @Nullable String jobPosition,
        @Nullable String positionTitle) {}
