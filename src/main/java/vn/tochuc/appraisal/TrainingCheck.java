package vn.tochuc.appraisal;

import java.util.Optional;
import vn.tochuc.people.Levels;
import vn.tochuc.shared.Texts;

/**
 * The conditions of EVAL-74 other than the grades, from the personnel record: a Party member (probationary or
 * full) and a college degree or higher. The age condition (women ≥ 28, men ≥ 30) applies to part-time study
 * only, so it is left to the note. Pure.
 */
final class TrainingCheck {

    /** The age condition of part-time study, left to the note (EVAL-74). */
    static String ageNote() {
        return Texts.t("apprc.training.age");
    }

    private TrainingCheck() {}

    /** Why the record rules the person out (EVAL-74), or empty when it does not. */
    static Optional<String> unmet(boolean partyMember, Levels.Professional level) {
        if (!partyMember) {
            return Optional.of(Texts.t("apprc.training.notParty"));
        }
        // EVAL-74: a college degree or higher, compared on the coded level (people/Levels.Professional).
        if (!level.atLeast(Levels.Professional.CAO_DANG)) {
            return Optional.of(Texts.t("apprc.training.levelBelow", level.label()));
        }
        return Optional.empty();
    }
}
