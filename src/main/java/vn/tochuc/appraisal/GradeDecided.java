package vn.tochuc.appraisal;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import vn.tochuc.evaluation.Grade;

/**
 * A grade was decided, or a decided grade changed, by the competent authority (step 3, EVAL-02). Published in the
 * deciding transaction and kept in Spring Modulith's event publication registry, so a module that keeps its own
 * copy (planning, training, congress personnel) is told even if it was down. {@code previous} is null for a first
 * decision; {@code personId} is null for a member with no linked personnel record.
 */
public record GradeDecided(
        long memberId,
        long cycleId,
        @Nullable Long personId,
        long unitId,
        String periodKind,
        String periodCode,
        Grade grade,
        @Nullable Grade previous,
        String decidedBy,
        OffsetDateTime decidedAt) {}
