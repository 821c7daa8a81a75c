package vn.tochuc.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A rule pack as data (the JSON shipped in {@code data/rulepacks/} and published by an ADMIN): one
 * regulation's thresholds, quota, switches, criteria sets and formulas, each rule citing its ID in
 * domain-rules.md. Records are deserialized from JSON; {@link PackValidator} checks them.
 */
public record RulePackDoc(
        String code,
        int version,
        String title,
        String side,
        String source,
        LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo,
        String period,
        Params params,
        List<Rule> rules,
        List<Disqualifier> disqualifiers,
        List<Condition> conditions,
        List<CriteriaSet> criteriaSets,
        @Nullable Map<String, Object> example) {

    /** A rule of the regulation: ID from domain-rules.md, its source and confidence (VT, SS, U). */
    public record Rule(
            String id,
            String text,
            String source,
            String confidence,
            @Nullable String fallback) {
        boolean uncertain() {
            return "U".equalsIgnoreCase(confidence) || confidence.contains("U");
        }
    }

    /** Score band: the lowest score of a grade (EVAL-14/15/16, EVAL-59, KPI-02). */
    public record Band(Grade grade, double min, String rule) {}

    /** Quota on the top grade (EVAL-18, EVAL-33/34, EVAL-44/45, EVAL-60, KPI-02). */
    public record Quota(double share, @Nullable Double outstandingShare, String base, String rounding, String rule) {}

    public record HeadCap(boolean enabled, String rule) {}

    /** Monthly or quarterly results into the year (EVAL-62, §1.7 point 4, KPI-02). */
    public record Aggregation(String method, int decimals, String rule) {}

    /**
     * Parameters. {@code numbers} are also visible to formulas as variables (for example
     * {@code deductionPerFailure} = 0.25, EVAL-54/55).
     */
    public record Params(
            List<Band> bands,
            double maxTotal,
            String scaleRule,
            Quota quota,
            HeadCap headCap,
            Aggregation aggregation,
            Map<String, Double> numbers) {}

    /** An event that forces KHTNV whatever the score (EVAL-31, EVAL-43, EVAL-59). */
    public record Disqualifier(String code, String label, String rule) {}

    /**
     * An extra condition of a grade (§1.7 b), a CEL boolean over the inputs; {@code groups} empty = all
     * target groups.
     */
    public record Condition(Grade grade, String label, String rule, String expr, List<String> groups) {}

    /** Bộ tiêu chí for one target group: its inputs and its groups of items. */
    public record CriteriaSet(String targetGroup, String name, List<Input> inputs, List<ItemGroup> groups) {}

    public record Input(
            String name,
            String label,
            double min,
            double max,
            boolean required,
            @Nullable Double defaultValue) {}

    public record ItemGroup(String code, String name, double max, String rule, List<Item> items) {}

    /**
     * One criterion. {@code method}: RANGE (points typed in, read from {@code input}), FORMULA (CEL) or
     * CHECKLIST ({@code base} plus {@code points} per count of each entry's input).
     */
    public record Item(
            String code,
            String name,
            double max,
            String rule,
            String method,
            @Nullable String input,
            @Nullable String formula,
            @Nullable Double base,
            @Nullable List<Entry> entries) {}

    public record Entry(String input, double points, String label) {}
}
