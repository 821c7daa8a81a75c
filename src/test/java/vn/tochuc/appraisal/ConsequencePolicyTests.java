package vn.tochuc.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tochuc.evaluation.Grade;

/** The consequence rules on one person's decided yearly grades, reference year 2025. */
class ConsequencePolicyTests {

    /** Grades as "2023:HTTNV 2024:KHTNV"; several posts in a year as two entries of that year. */
    static List<YearGrade> grades(String spec) {
        List<YearGrade> out = new ArrayList<>();
        for (String part : spec.trim().split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            String[] yg = part.split(":");
            out.add(new YearGrade(
                    out.size(),
                    1,
                    1,
                    null,
                    "cb",
                    "Cán bộ",
                    Integer.parseInt(yg[0]),
                    Grade.valueOf(yg[1]),
                    "tv",
                    OffsetDateTime.now()));
        }
        return out;
    }

    @ParameterizedTest(name = "{0} → streamlining {1}, two years {2}, training {3}")
    @CsvSource({
        "2025:KHTNV,                               true,  false, false",
        "2024:KHTNV 2025:HTNV,                     true,  false, false",
        "2024:KHTNV 2025:KHTNV,                    true,  true,  false",
        "2023:KHTNV 2024:HTTNV 2025:HTTNV,         false, false, false",
        "2023:HTTNV 2024:HTXSNV 2025:KHTNV,        true,  false, true",
        "2023:HTTNV 2024:HTTNV 2024:KHTNV,         true,  false, false",
        "2023:HTTNV 2024:HTNV,                     false, false, false",
        "2024:HTTNV,                               false, false, false",
        "2022:KHTNV 2023:KHTNV,                    false, false, false",
    })
    @DisplayName(
            "EVAL-70 (KHTNV this or last year), EVAL-72 (two consecutive years), EVAL-74 (HTTNV+ the two years before), EVAL-19 (lowest of several posts)")
    void lists(String spec, boolean streamlining, boolean twoYears, boolean training) {
        ConsequenceLists l = ConsequencePolicy.lists(2025, grades(spec));
        assertThat(l.streamlining()).hasSize(streamlining ? 1 : 0);
        assertThat(l.twoYearsKhtnv()).hasSize(twoYears ? 1 : 0);
        assertThat(l.theoryTraining()).hasSize(training ? 1 : 0);
    }
}
