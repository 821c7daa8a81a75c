package vn.tochuc.evaluation;

import org.springframework.stereotype.Component;

/**
 * Reads stored explanations back as the Vietnamese explanation built at scoring time (ADR 0010): compact
 * ones ({@link StoredExplanation}) are rendered under the pack version stored with the result, compiled
 * once per version by {@link Evaluations}; older rows that hold the full JSON are returned as they are.
 */
@Component
class StoredExplanations {

    private final Evaluations evaluations;

    StoredExplanations(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    /** The explanation as JSON, the form {@link RulePackJson#write} gives an {@link Explanation}. */
    String json(long packId, String targetGroup, String stored) {
        if (!StoredExplanation.isCompact(stored)) {
            return stored;
        }
        return RulePackJson.write(read(packId, targetGroup, stored));
    }

    Explanation read(long packId, String targetGroup, String stored) {
        if (!StoredExplanation.isCompact(stored)) {
            return RulePackJson.read(stored, Explanation.class, "giải thích kết quả");
        }
        return StoredExplanation.decode(stored).render(evaluations.compiled(packId), targetGroup);
    }
}
