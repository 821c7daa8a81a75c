package vn.tochuc.evaluation;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The summary of a period's results over a unit subtree (issue 5, point 7): the grade distribution per
 * unit, for the chart, the table and the Excel file. Only units with results are listed. {@code quotas} are
 * the peer groups with HTXSNV candidates: their count against the pack's cap and how many were routed to the
 * deciding authority (§1.7 point 2, issue 11 point 11).
 */
public record BatchSummary(
        long rootUnitId, String rootName, String period, List<UnitRow> units, long[] totals, List<QuotaRow> quotas) {

    /**
     * One peer group (unit, target group) with HTXSNV candidates: their count, the cap ({@code null} when the
     * batch cannot compute it, e.g. NĐ 48's Party-side share, EVAL-45: all are routed) and those routed to the
     * deciding authority above it; {@code rule} is the quota's rule ID, for the "căn cứ" detail.
     */
    public record QuotaRow(
            long unitId,
            String unitName,
            String peerGroup,
            long htxsnv,
            long httnv,
            @Nullable Integer cap,
            long referred,
            String rule) {

        public boolean exceeded() {
            return referred > 0;
        }
    }

    /** Candidates routed to the deciding authority over all peer groups. */
    public long referred() {
        return quotas.stream().mapToLong(QuotaRow::referred).sum();
    }

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
