package vn.tochuc.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The shipped packs, compiled once for the pure tests. */
final class TestPacks {

    static final String[] FILES = {"qd366-v1", "qd124-v1", "nd335-v1", "nd90-v1", "nd90-v2", "hn3814-v1"};
    private static final Map<String, CompiledPack> CACHE = new HashMap<>();

    private TestPacks() {}

    static String json(String file) {
        try (InputStream in = TestPacks.class.getResourceAsStream("/data/rulepacks/" + file + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized CompiledPack pack(String file) {
        return CACHE.computeIfAbsent(file, f -> PackCompiler.compile(RulePackJson.pack(json(f))));
    }

    static Subject individual(String group, Map<String, Double> inputs, String... events) {
        return new Subject("t-1", Subject.Kind.INDIVIDUAL, group, 1L, null, inputs, Set.of(events));
    }
}
