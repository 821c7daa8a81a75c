package vn.tochuc.evaluation;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is graded: a collective (tập thể) or an individual (cá nhân), its target group (QĐ 366's five
 * groups, EVAL-13, or a pack's own), its unit, the unit it heads if any (EVAL-32), its inputs and the
 * events recorded against it (disqualifiers, EVAL-31/43/59). Independent of the people module.
 */
public record Subject(
        String id,
        Kind kind,
        String targetGroup,
        long unitId,
        @Nullable Long headOfUnitId,
        Map<String, Double> inputs,
        Set<String> events) {

    public enum Kind {
        COLLECTIVE,
        INDIVIDUAL
    }

    public Subject {
        inputs = inputs == null
                ? Map.of()
                : inputs.entrySet().stream()
                        .filter(e -> e.getValue() != null)
                        .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        events = events == null
                ? Set.of()
                : Set.copyOf(events.stream().filter(java.util.Objects::nonNull).toList());
    }

    boolean isHead() {
        return kind == Kind.INDIVIDUAL && headOfUnitId != null;
    }
}
