package vn.tochuc.appraisal;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.tochuc.shared.VietnameseText;

/**
 * The conditions of EVAL-74 other than the grades, from the personnel record: a Party member (probationary or
 * full) and a college degree or higher. The age condition (women ≥ 28, men ≥ 30) applies to part-time study
 * only, so it is left to the note. Pure.
 */
final class TrainingCheck {

    /** Qualification words at college level or above, folded (no diacritics). */
    private static final List<String> COLLEGE_OR_ABOVE =
            List.of("cao dang", "dai hoc", "cu nhan", "ky su", "thac si", "tien si");

    static final String AGE_NOTE = "học không tập trung: nữ từ 28, nam từ 30 tuổi (EVAL-74)";

    private TrainingCheck() {}

    /** Why the record rules the person out (EVAL-74), or empty when it does not. */
    static Optional<String> unmet(boolean partyMember, @Nullable String qualification) {
        if (!partyMember) {
            return Optional.of("chưa là đảng viên (EVAL-74)");
        }
        String q = VietnameseText.fold(qualification == null ? "" : qualification);
        if (COLLEGE_OR_ABOVE.stream().noneMatch(q::contains)) {
            return Optional.of("trình độ chuyên môn «" + (qualification == null ? "" : qualification)
                    + "» dưới cao đẳng (EVAL-74)");
        }
        return Optional.empty();
    }
}
