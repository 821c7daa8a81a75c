package vn.tochuc.organization;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The streamlining check of ORG-09 (KL 40-KL/TW): for each target of the rule pack, the approved posts of
 * the target's categories in the latest year up to its end year are compared with its base year. Pure.
 */
final class StaffingRules {

    private StaffingRules() {}

    /**
     * @param approved approved posts by year and category, summed over the units in scope
     */
    static List<Staffing.Result> check(List<Staffing.Target> targets, Map<Integer, Map<String, Long>> approved) {
        List<Staffing.Result> out = new ArrayList<>();
        for (Staffing.Target t : targets) {
            long base = sum(approved, t.baseYear(), t.group());
            int year = approved.keySet().stream()
                    .filter(y -> y > t.baseYear() && y <= t.endYear())
                    .max(Integer::compare)
                    .orElse(t.baseYear());
            long current = sum(approved, year, t.group());
            BigDecimal cut = base == 0
                    ? BigDecimal.ZERO
                    : BigDecimal.valueOf((base - current) * 100)
                            .divide(BigDecimal.valueOf(base), 2, RoundingMode.HALF_UP);
            out.add(new Staffing.Result(t, base, current, year, cut, base > 0 && cut.compareTo(t.minCutPct()) >= 0));
        }
        return out;
    }

    private static long sum(Map<Integer, Map<String, Long>> approved, int year, String group) {
        Map<String, Long> y = approved.getOrDefault(year, Map.of());
        return Staffing.categories(group).stream()
                .mapToLong(c -> y.getOrDefault(c, 0L))
                .sum();
    }
}
