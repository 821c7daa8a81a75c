package vn.tochuc.appraisal;

import java.util.Optional;
import vn.tochuc.people.Levels;

/**
 * The conditions of EVAL-74 other than the grades, from the personnel record: a Party member (probationary or
 * full) and a college degree or higher. The age condition (women ≥ 28, men ≥ 30) applies to part-time study
 * only, so it is left to the note. Pure.
 */
final class TrainingCheck {

    static final String AGE_NOTE = "học không tập trung: nữ từ 28, nam từ 30 tuổi (EVAL-74)";

    private TrainingCheck() {}

    /** Why the record rules the person out (EVAL-74), or empty when it does not. */
    static Optional<String> unmet(boolean partyMember, Levels.Professional level) {
        if (!partyMember) {
            return Optional.of("chưa là đảng viên (EVAL-74)");
        }
        // EVAL-74: a college degree or higher, compared on the coded level (people/Levels.Professional).
        if (!level.atLeast(Levels.Professional.CAO_DANG)) {
            return Optional.of("trình độ chuyên môn «" + level.label() + "» dưới cao đẳng (EVAL-74)");
        }
        return Optional.empty();
    }
}
