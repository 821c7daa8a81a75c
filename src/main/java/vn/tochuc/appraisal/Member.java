package vn.tochuc.appraisal;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Who is evaluated in a cycle (a collective or an individual) and the three grades kept apart with who and when
 * (EVAL-02, EVAL-19, domain rules §1.7 point 3).
 */
public record Member(
        long id,
        long cycleId,
        String kind,
        long unitId,
        @Nullable Long headOfUnitId,
        @Nullable Long personId,
        String username,
        String displayName,
        @Nullable String jobPosition,
        @Nullable Double selfScore,
        @Nullable String selfGrade,
        @Nullable String selfComment,
        @Nullable String selfBy,
        @Nullable OffsetDateTime selfAt,
        boolean selfSubmitted,
        @Nullable String apprGrade,
        @Nullable String apprComment,
        @Nullable String apprBy,
        @Nullable OffsetDateTime apprAt,
        @Nullable String decidedGrade,
        @Nullable String decidedComment,
        @Nullable String decidedBy,
        @Nullable OffsetDateTime decidedAt) {

    public boolean collective() {
        return "COLLECTIVE".equals(kind);
    }
}
