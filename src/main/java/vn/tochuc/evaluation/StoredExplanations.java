package vn.tochuc.evaluation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Reads stored explanations back as the Vietnamese explanation built at scoring time (ADR 0010): compact
 * ones ({@link StoredExplanation}) are rendered under the pack version stored with the result, compiled
 * once per version (versions are never edited); older rows that hold the full JSON are returned as they are.
 */
@Component
class StoredExplanations {

    private final Map<Long, CompiledPack> packs = new ConcurrentHashMap<>();

    /** The explanation as JSON, the form {@link RulePackJson#write} gives an {@link Explanation}. */
    String json(long packId, String packBody, String targetGroup, String stored) {
        if (!StoredExplanation.isCompact(stored)) {
            return stored;
        }
        return RulePackJson.write(read(packId, packBody, targetGroup, stored));
    }

    Explanation read(long packId, String packBody, String targetGroup, String stored) {
        if (!StoredExplanation.isCompact(stored)) {
            return RulePackJson.read(stored, Explanation.class, "giải thích kết quả");
        }
        CompiledPack pack = packs.computeIfAbsent(packId, id -> PackCompiler.compile(RulePackJson.pack(packBody)));
        return StoredExplanation.decode(stored).render(pack, targetGroup);
    }
}
