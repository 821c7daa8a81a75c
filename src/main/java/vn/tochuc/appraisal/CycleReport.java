package vn.tochuc.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.tochuc.evaluation.Grade;

/**
 * What the documents of a cycle show: the cycle, the scope unit's name, the date of the report, the decided grade
 * counts of collectives and of individuals (Mẫu 01-style summary) and the member rows (the list sent upward); the
 * place of the date line (configuration) and the Vietnamese names of the target group and of the pack.
 */
record CycleReport(
        Cycle cycle,
        String unitName,
        LocalDate date,
        Counts collectives,
        Counts individuals,
        List<Row> rows,
        String place,
        String groupName,
        String packName) {

    /** One member in the list: the three grades kept apart (EVAL-02, EVAL-19). */
    record Row(
            String kind,
            String name,
            String job,
            String unit,
            String self,
            String appraised,
            String decided,
            String note) {}

    /** Decided grade counts of one kind; {@code pending} members have no decision yet. */
    record Counts(int total, Map<Grade, Integer> byGrade, int pending) {

        int count(Grade g) {
            return byGrade.getOrDefault(g, 0);
        }

        int graded() {
            return total - pending;
        }

        /** The share of {@code g} among the graded, in percent with two decimals (0 when none is graded). */
        BigDecimal percent(Grade g) {
            return graded() == 0
                    ? BigDecimal.ZERO.setScale(2)
                    : BigDecimal.valueOf(100L * count(g)).divide(BigDecimal.valueOf(graded()), 2, RoundingMode.HALF_UP);
        }
    }

    /** The grades from the highest, as the report lists them. */
    static List<Grade> grades() {
        return List.of(Grade.HTXSNV, Grade.HTTNV, Grade.HTNV, Grade.KHTNV);
    }

    String periodText() {
        return switch (cycle.periodKind()) {
            case "MONTH" ->
                "tháng " + cycle.periodCode().substring(5) + "/"
                        + cycle.periodCode().substring(0, 4);
            case "QUARTER" ->
                "quý " + cycle.periodCode().substring(6) + "/"
                        + cycle.periodCode().substring(0, 4);
            case "TERM" -> "nhiệm kỳ " + cycle.periodCode();
            default -> "năm " + cycle.periodCode();
        };
    }
}
