package vn.tochuc.appraisal;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import vn.tochuc.evaluation.Grade;

/** A decided grade of a yearly cycle: who (person record or username), year, grade, where and by whom decided. */
public record YearGrade(
        long memberId,
        long cycleId,
        long unitId,
        @Nullable Long personId,
        String username,
        String displayName,
        int year,
        Grade grade,
        String decidedBy,
        OffsetDateTime decidedAt) {

    String personKey() {
        return personId != null ? "P" + personId : "U" + username;
    }
}
