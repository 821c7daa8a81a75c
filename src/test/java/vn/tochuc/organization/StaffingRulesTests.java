package vn.tochuc.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StaffingRulesTests {

    static final List<Staffing.Target> KL40 = List.of(
            new Staffing.Target("ORG-09", "KL 40", "CADRE_CIVIL", 2021, 2026, new BigDecimal("5.00")),
            new Staffing.Target("ORG-09", "KL 40", "PUBLIC_BUDGET", 2021, 2026, new BigDecimal("10.00")));

    @ParameterizedTest(name = "civil {0}->{1}, budget {2}->{3}: met {4}/{5}")
    @CsvSource({
        "100, 95, 200, 180, true, true",
        "100, 96, 200, 181, false, false",
        "100, 90, 200, 190, true, false",
        "0, 0, 200, 100, false, true"
    })
    @DisplayName(
            "ORG-09: KL 40 needs at least 5% fewer cadre/civil-servant posts and 10% fewer budget-paid public employees")
    void checksTheKl40Targets(
            long civil2021, long civil2026, long budget2021, long budget2026, boolean civilMet, boolean budgetMet) {
        Map<Integer, Map<String, Long>> approved = Map.of(
                2021, Map.of("CIVIL_SERVANT", civil2021, "PUBLIC_EMPLOYEE_BUDGET", budget2021, "CONTRACT", 50L),
                2026, Map.of("CIVIL_SERVANT", civil2026, "PUBLIC_EMPLOYEE_BUDGET", budget2026),
                2030, Map.of("CIVIL_SERVANT", 1L));
        List<Staffing.Result> r = StaffingRules.check(KL40, approved);
        assertThat(r).extracting(Staffing.Result::met).containsExactly(civilMet, budgetMet);
        assertThat(r.get(0).currentYear()).isEqualTo(2026);
    }
}
