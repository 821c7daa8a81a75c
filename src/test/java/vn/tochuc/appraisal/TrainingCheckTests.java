package vn.tochuc.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tochuc.people.Levels;

class TrainingCheckTests {

    @ParameterizedTest(name = "member={0}, {1} → eligible {2}")
    @CsvSource({
        "true,  DAI_HOC,   true",
        "true,  THAC_SI,   true",
        "true,  TIEN_SI,   true",
        "true,  CAO_DANG,  true",
        "true,  TRUNG_CAP, false",
        "true,  SO_CAP,    false",
        "true,  NONE,      false",
        "false, DAI_HOC,   false",
    })
    @DisplayName("EVAL-74: a Party member with a college degree or higher (the coded level)")
    void conditions(boolean member, Levels.Professional level, boolean eligible) {
        assertThat(TrainingCheck.unmet(member, level).isEmpty()).isEqualTo(eligible);
    }
}
