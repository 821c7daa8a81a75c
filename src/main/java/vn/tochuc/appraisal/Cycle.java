package vn.tochuc.appraisal;

import java.time.LocalDate;

/** An evaluation cycle: scope unit, target group, period, deadline and the pack version it is bound to. */
public record Cycle(
        long id,
        long unitId,
        String targetGroup,
        String periodKind,
        String periodCode,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate deadline,
        String packCode,
        int packVersion,
        String status) {}
