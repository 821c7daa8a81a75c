package vn.tochuc.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tochuc.web.BadInputException;

class PeriodsTests {

    @ParameterizedTest(name = "{0} {1}: {2}..{3}, latest deadline {4} (pack yearlyCloseMonth={5})")
    @CsvSource({
        "MONTH,   2026-03, 2026-03-01, 2026-03-31, 2026-04-24, 0",
        "QUARTER, 2026-Q4, 2026-10-01, 2026-12-31, 2027-01-24, 0",
        "YEAR,    2026,    2026-01-01, 2026-12-31, 2026-12-14, 0",
        "YEAR,    2026,    2026-01-01, 2026-12-31, 2027-01-14, 1",
        "TERM,    2025-2030, 2025-01-01, 2030-12-31, 2030-12-14, 0",
        "TERM,    2020-2025, 2020-01-01, 2025-12-31, 2026-01-14, 1"
    })
    @DisplayName(
            "EVAL-46/EVAL-62/KPI-04: periods and the latest deadline; yearly before 15/12 unless the pack says 15/1")
    void periods(String kind, String code, LocalDate start, LocalDate end, LocalDate latest, int closeMonth) {
        Periods.Period p = Periods.parse(kind, code);
        assertThat(p.start()).isEqualTo(start);
        assertThat(p.end()).isEqualTo(end);
        Map<String, Double> numbers = closeMonth == 0 ? Map.of() : Map.of("yearlyCloseMonth", (double) closeMonth);
        assertThat(Periods.latestDeadline(p, numbers)).isEqualTo(latest);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13", "2026-Q5", "x", "T:2030-2025", "T:2020-2030", "T:2025"})
    @DisplayName("EVAL-30: a malformed period code is refused in Vietnamese")
    void malformed(String code) {
        String kind =
                code.startsWith("T:") ? "TERM" : code.contains("Q") ? "QUARTER" : code.contains("-") ? "MONTH" : "YEAR";
        assertThatThrownBy(() -> Periods.parse(kind, code.replace("T:", "")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("không đúng dạng");
    }
}
