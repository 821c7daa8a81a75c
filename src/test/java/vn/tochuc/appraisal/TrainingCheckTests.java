package vn.tochuc.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrainingCheckTests {

    @ParameterizedTest(name = "member={0}, «{1}» → eligible {2}")
    @CsvSource({
        "true,  Đại học,         true",
        "true,  Thạc sĩ,         true",
        "true,  Cao đẳng,        true",
        "true,  Kỹ sư xây dựng,  true",
        "true,  Trung cấp,       false",
        "true,  '',              false",
        "false, Đại học,         false",
    })
    @DisplayName("EVAL-74: a Party member with a college degree or higher")
    void conditions(boolean member, String level, boolean eligible) {
        assertThat(TrainingCheck.unmet(member, level).isEmpty()).isEqualTo(eligible);
    }
}
