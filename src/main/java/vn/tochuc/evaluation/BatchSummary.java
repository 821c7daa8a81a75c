package vn.tochuc.evaluation;

import java.util.Arrays;
import java.util.List;

/**
 * The summary of a period's results over a unit subtree (issue 5, point 7): the grade distribution per
 * unit, for the chart, the table and the Excel file. Only units with results are listed.
 */
public record BatchSummary(long rootUnitId, String rootName, String period, List<UnitRow> units, long[] totals) {

    /** One unit: counts indexed by {@link Grade#ordinal()} (KHTNV first). */
    public record UnitRow(long unitId, String name, long[] counts) {

        public long count(Grade g) {
            return counts[g.ordinal()];
        }

        public long total() {
            return Arrays.stream(counts).sum();
        }
    }

    public long total(Grade g) {
        return totals[g.ordinal()];
    }

    public long total() {
        return Arrays.stream(totals).sum();
    }

    /** Grades from the highest, as columns and chart series are ordered. */
    public static List<Grade> grades() {
        return List.of(Grade.HTXSNV, Grade.HTTNV, Grade.HTNV, Grade.KHTNV);
    }

    /** Unit names as a JSON array, for the chart's data attribute. */
    public String labelsJson() {
        return RulePackJson.write(units.stream().map(UnitRow::name).toList());
    }

    /** One grade's counts per unit as a JSON array, for the chart's data attribute. */
    public String seriesJson(Grade g) {
        return RulePackJson.write(units.stream().map(u -> u.count(g)).toList());
    }
}
