package vn.tochuc.organization;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Published when a unit is dissolved; {@code successorId} takes over its records when one is named. */
public record OrgUnitDissolved(
        long eventId, long unitId, @Nullable Long successorId, LocalDate effectiveOn) {}
