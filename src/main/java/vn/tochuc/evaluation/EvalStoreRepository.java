package vn.tochuc.evaluation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/** Subjects' inputs for batch scoring ({@code eval_input}) and stored results ({@code eval_result}). */
@Repository
class EvalStoreRepository {

    private static final TypeReference<Map<String, Double>> INPUTS = new TypeReference<>() {};

    private final JdbcClient jdbc;

    EvalStoreRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void addInput(String period, Subject s) {
        jdbc.sql("""
                insert into eval_input (period, subject_id, subject_kind, target_group, unit_id, head_of_unit_id,
                    inputs, events)
                values (:period, :id, :kind, :group, :unit, :head, :inputs, :events)
                """).param("period", period).param("id", s.id()).param("kind", s.kind().name())
                .param("group", s.targetGroup()).param("unit", s.unitId()).param("head", s.headOfUnitId())
                .param("inputs", RulePackJson.write(s.inputs())).param("events", String.join(",", s.events()))
                .update();
    }

    /**
     * The subjects of one unit in grading order (EVAL-32): the collective first, then members, heads last.
     */
    List<Subject> subjects(String period, long unitId) {
        return jdbc.sql("""
                select * from eval_input where period = :period and unit_id = :unit
                order by case when subject_kind = 'COLLECTIVE' then 0 when head_of_unit_id is null then 1 else 2 end,
                    subject_id
                """).param("period", period).param("unit", unitId).query((rs, n) -> {
                    Long head = rs.getObject("head_of_unit_id", Long.class);
                    String events = rs.getString("events");
                    return new Subject(rs.getString("subject_id"), Subject.Kind.valueOf(rs.getString("subject_kind")),
                            rs.getString("target_group"), rs.getLong("unit_id"), head,
                            RulePackJson.JSON.readValue(rs.getString("inputs"), INPUTS),
                            events == null || events.isBlank() ? Set.of()
                                    : Set.copyOf(Arrays.asList(events.split(","))));
                }).list();
    }

    /** Grades of collectives already decided in the period, for the head cap of heads graded later. */
    Map<Long, Grade> collectiveGrades(String period, Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Grade> out = new HashMap<>();
        jdbc.sql("""
                select unit_id, grade from eval_result
                where period = :period and subject_kind = 'COLLECTIVE' and unit_id in (:units)
                """).param("period", period).param("units", unitIds)
                .query((rs, n) -> Map.entry(rs.getLong("unit_id"), Grade.valueOf(rs.getString("grade"))))
                .list().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Replaces the unit's results of the period; the caller's transaction makes it atomic per unit. */
    void replaceUnit(String period, long unitId, long packId, List<EvaluationResult> results, @Nullable Long jobId) {
        jdbc.sql("delete from eval_result where period = :period and unit_id = :unit").param("period", period)
                .param("unit", unitId).update();
        for (EvaluationResult r : results) {
            jdbc.sql("""
                    insert into eval_result (pack_id, period, subject_id, subject_kind, target_group, unit_id, score,
                        grade, explanation, job_id)
                    values (:pack, :period, :id, :kind, :group, :unit, :score, :grade, :explanation, :job)
                    """).param("pack", packId).param("period", period).param("id", r.subjectId())
                    .param("kind", r.kind().name()).param("group", r.targetGroup()).param("unit", unitId)
                    .param("score", BigDecimal.valueOf(r.score())).param("grade", r.grade().name())
                    .param("explanation", RulePackJson.write(r.explanation())).param("job", jobId).update();
        }
    }

    /** Grade distribution of a unit's stored results in a period. */
    Map<Grade, Long> distribution(String period, long unitId) {
        return jdbc.sql("select grade from eval_result where period = :period and unit_id = :unit")
                .param("period", period).param("unit", unitId).query(String.class).list().stream()
                .collect(Collectors.groupingBy(Grade::valueOf, Collectors.counting()));
    }
}
