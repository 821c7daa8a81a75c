package vn.tochuc.evaluation;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One version of a decided grade. {@code intact} says whether the stored row still matches the digest the
 * hash-chained audit log holds for it (entry {@code auditSeq}).
 */
public record GradeDecision(
        String period,
        String subjectId,
        long unitId,
        int version,
        boolean current,
        Grade grade,
        Grade computedGrade,
        double score,
        String packCode,
        int packVersion,
        @Nullable String reason,
        String decidedBy,
        OffsetDateTime decidedAt,
        long auditSeq,
        boolean intact) {}
