package vn.tochuc.organization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Records of job positions and headcount (JOB-01..JOB-06) and the streamlining result (ORG-09). */
public final class Staffing {

    private Staffing() {}

    /** A job position (vị trí việc làm), fields per JOB-04/JOB-05. */
    public record Position(
            long id,
            long unitId,
            String code,
            String name,
            String group,
            String workloadType,
            int targetHeadcount,
            @Nullable String requiredRank,
            @Nullable String requirements,
            @Nullable String competencyFramework,
            String approvalNo,
            LocalDate approvalDate,
            LocalDate validFrom,
            @Nullable LocalDate validTo) {}

    /** Headcount of one unit, year and category (biên chế, số lượng người làm việc, hợp đồng). */
    public record Headcount(
            long unitId,
            int year,
            String category,
            int approved,
            int filled,
            int reducedRestructuring,
            int reducedStreamlining,
            int reducedOther) {}

    /** How far the people in post may exceed the posts assigned, in percent (JOB-06; 0 = not at all). */
    public record FilledLimit(String ruleId, String basis, BigDecimal maxOverPct) {

        /** The most people in post the rule allows for {@code approved} posts. */
        public long maxFilled(int approved) {
            return BigDecimal.valueOf(approved)
                    .multiply(BigDecimal.ONE.add(maxOverPct.movePointLeft(2)))
                    .setScale(0, java.math.RoundingMode.FLOOR)
                    .longValueExact();
        }
    }

    /** A target of a rule pack: at least {@code minCutPct} fewer posts in {@code endYear} than in {@code baseYear}. */
    public record Target(String ruleId, String basis, String group, int baseYear, int endYear, BigDecimal minCutPct) {}

    /** One line of the streamlining report. */
    public record Result(
            Target target, long baseApproved, long currentApproved, int currentYear, BigDecimal cutPct, boolean met) {}

    /** The categories in each target group (CADRE_CIVIL: cadres and civil servants; PUBLIC_BUDGET: budget-paid). */
    static List<String> categories(String group) {
        return switch (group) {
            case "CADRE_CIVIL" -> List.of("CADRE", "CIVIL_SERVANT");
            case "PUBLIC_BUDGET" -> List.of("PUBLIC_EMPLOYEE_BUDGET");
            default -> List.of(group);
        };
    }

    static final List<String> CATEGORIES =
            List.of("CADRE", "CIVIL_SERVANT", "PUBLIC_EMPLOYEE_BUDGET", "PUBLIC_EMPLOYEE_SELF", "CONTRACT");
    static final List<String> WORKLOADS = List.of("SINGLE", "MULTIPLE", "CONCURRENT");
}
