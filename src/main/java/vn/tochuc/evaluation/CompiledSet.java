package vn.tochuc.evaluation;

import java.util.List;

/**
 * A criteria set compiled for scoring: slot layout (inputs, then numeric parameters), items as
 * {@link FastExpr}, group caps, grade conditions and bands. Immutable and shared between threads; the
 * hot path ({@link ScoringPolicy#total}) allocates nothing.
 */
record CompiledSet(
        String targetGroup,
        String name,
        List<String> slotNames,
        int inputCount,
        double[] template,
        List<RulePackDoc.Input> inputs,
        CompiledItem[] items,
        double[] groupMax,
        RulePackDoc.ItemGroup[] groups,
        CompiledCondition[] conditions,
        double[] bandMin,
        Grade[] bandGrade,
        String[] bandRule,
        double maxTotal,
        String scaleRule) {

    /** An item: which group it counts in, its cap and its compiled scoring expression. */
    record CompiledItem(
            RulePackDoc.Item item, int group, double max, FastExpr expr, List<String> reads, boolean nativeCode) {}

    /** An extra condition of a grade (§1.7 b). */
    record CompiledCondition(RulePackDoc.Condition condition, FastExpr expr, List<String> reads) {}

    int slot(String name) {
        return slotNames.indexOf(name);
    }

    /** A fresh slot array holding defaults and the pack's numeric parameters. */
    double[] newSlots() {
        return template.clone();
    }
}
