package vn.tochuc.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Why a grade is what it is, in Vietnamese: each rule applied with its ID, the inputs it read and the
 * points or cap it produced (issue 5, point 5). Stored with the result and the pack version.
 */
public record Explanation(String packCode, int packVersion, List<Step> steps) {

    /** One rule applied. {@code points} for a scoring step, {@code grade} for a grading step. */
    public record Step(
            String ruleId,
            String text,
            Map<String, Double> inputs,
            @Nullable Double points,
            @Nullable Grade grade) {}

    /** Collects steps during the slow (explained) path; the fast path passes {@code null}. */
    static final class Builder {
        private final List<Step> steps = new ArrayList<>();

        void points(String rule, String text, Map<String, Double> inputs, double points) {
            steps.add(new Step(rule, text, new LinkedHashMap<>(inputs), round(points), null));
        }

        void grade(String rule, String text, Map<String, Double> inputs, @Nullable Grade grade) {
            steps.add(new Step(rule, text, new LinkedHashMap<>(inputs), null, grade));
        }

        List<Step> steps() {
            return List.copyOf(steps);
        }
    }

    static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
