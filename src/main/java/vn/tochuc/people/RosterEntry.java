package vn.tochuc.people;

import org.jspecify.annotations.Nullable;

/** One cadre currently in a unit's subtree (for rosters such as an evaluation cycle's members). */
public record RosterEntry(long personId, @Nullable String staffNumber, String fullName, long unitId,
        @Nullable String jobPosition) {}
