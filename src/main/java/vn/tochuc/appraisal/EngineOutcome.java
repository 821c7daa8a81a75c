package vn.tochuc.appraisal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.tochuc.evaluation.EvaluationResult;
import vn.tochuc.evaluation.RulePackDoc;

/**
 * What the engine made of a member's month (issue 6, point 3): the criteria set (= peer group), its inputs split
 * into those the machine supplied from work items and those to enter, what was entered, and the result with its
 * explanation, or why there is none.
 */
public record EngineOutcome(
        String criteriaSet,
        List<RulePackDoc.Input> toEnter,
        Map<String, Double> machine,
        Map<String, Double> entered,
        @Nullable EvaluationResult result,
        @Nullable String problem) {}
