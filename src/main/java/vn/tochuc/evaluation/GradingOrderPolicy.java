package vn.tochuc.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Grading order (EVAL-32, QĐ 124 process): collectives before their members, heads after the unit they
 * head. Grades a batch in the order given and refuses, naming the subject and the rule, an order that
 * breaks this; the head cap is fed from the collective grades already decided.
 */
final class GradingOrderPolicy {

    private GradingOrderPolicy() {}

    static List<EvaluationResult> gradeInOrder(
            CompiledPack pack, List<Subject> ordered, Map<Long, Grade> knownCollectives) {
        return gradeInOrder(pack, ordered, knownCollectives, true);
    }

    static List<EvaluationResult> gradeInOrder(
            CompiledPack pack, List<Subject> ordered, Map<Long, Grade> knownCollectives, boolean explain) {
        return gradeInOrder(
                pack,
                ordered,
                knownCollectives,
                (s, collective) -> pack.evaluate(s, collective, null, explain),
                r -> r);
    }

    /** The batch path: each result with the data of its explanation ({@link CompiledPack#traced}). */
    static List<StoredExplanation.Scored> traceInOrder(
            CompiledPack pack, List<Subject> ordered, Map<Long, Grade> knownCollectives) {
        return gradeInOrder(pack, ordered, knownCollectives, pack::traced, StoredExplanation.Scored::result);
    }

    /** Grades in order with {@code grader} (subject, grade of the collective it heads or null). */
    private static <T> List<T> gradeInOrder(
            CompiledPack pack,
            List<Subject> ordered,
            Map<Long, Grade> knownCollectives,
            BiFunction<Subject, @Nullable Grade, T> grader,
            Function<T, EvaluationResult> result) {
        Set<Long> collectivesInBatch = new HashSet<>();
        for (Subject s : ordered) {
            if (s.kind() == Subject.Kind.COLLECTIVE) {
                collectivesInBatch.add(s.unitId());
            }
        }
        Map<Long, Grade> decided = new HashMap<>(knownCollectives);
        List<T> out = new ArrayList<>(ordered.size());
        for (Subject s : ordered) {
            if (s.kind() == Subject.Kind.INDIVIDUAL) {
                if (collectivesInBatch.contains(s.unitId()) && !decided.containsKey(s.unitId())) {
                    throw refuse(s, s.unitId(), "thành viên");
                }
                Long head = s.headOfUnitId();
                if (head != null
                        && (collectivesInBatch.contains(head) || pack.headCapOn())
                        && !decided.containsKey(head)) {
                    throw refuse(s, head, "người đứng đầu");
                }
            }
            T r = grader.apply(s, s.headOfUnitId() == null ? null : decided.get(s.headOfUnitId()));
            if (s.kind() == Subject.Kind.COLLECTIVE) {
                decided.put(s.unitId(), result.apply(r).grade());
            }
            out.add(r);
        }
        return out;
    }

    private static EvaluationInputException refuse(Subject s, long unit, String role) {
        return new EvaluationInputException("Thứ tự xếp loại không hợp lệ: «" + s.id() + "» (" + role
                + ") đứng trước tập thể đơn vị " + unit + ". Tập thể được xếp loại trước, cá nhân và người đứng đầu"
                + " sau (quy tắc EVAL-32).");
    }
}
