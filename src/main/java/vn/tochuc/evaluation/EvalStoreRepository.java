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
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/** Subjects' inputs for batch scoring ({@code eval_input}) and stored results ({@code eval_result}). */
@Repository
class EvalStoreRepository {

    private static final TypeReference<Map<String, Double>> INPUTS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    EvalStoreRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Adds many subjects' inputs in JDBC batches (demo data, benchmarks). */
    void addInputs(String period, List<Subject> subjects) {
        SqlParameterSource[] rows = subjects.stream().map(s -> new MapSqlParameterSource().addValue("period", period)
                .addValue("id", s.id()).addValue("kind", s.kind().name()).addValue("group", s.targetGroup())
                .addValue("unit", s.unitId()).addValue("head", s.headOfUnitId(), java.sql.Types.BIGINT)
                .addValue("inputs", RulePackJson.write(new java.util.TreeMap<>(s.inputs())))
                .addValue("events", String.join(",", s.events()))).toArray(SqlParameterSource[]::new);
        batch.batchUpdate(INSERT_INPUT, rows);
    }

    private static final String INSERT_INPUT = """
            insert into eval_input (period, subject_id, subject_kind, target_group, unit_id, head_of_unit_id,
                inputs, events)
            values (:period, :id, :kind, :group, :unit, :head, :inputs, :events)
            """;

    void addInput(String period, Subject s) {
        jdbc.sql(INSERT_INPUT).param("period", period).param("id", s.id()).param("kind", s.kind().name())
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

    /**
     * Replaces the unit's results of the period; the caller's transaction makes it atomic per unit. Returns
     * the text written (one line per result: subject, grade, score, quota note, explanation), whose digest
     * goes into the audit log.
     */
    String replaceUnit(String period, long unitId, long packId, List<EvaluationResult> results,
            Map<String, String> quotaNotes, @Nullable Long jobId) {
        jdbc.sql("delete from eval_result where period = :period and unit_id = :unit").param("period", period)
                .param("unit", unitId).update();
        // one JDBC batch per unit: a round trip per unit, not per result
        SqlParameterSource[] rows = new SqlParameterSource[results.size()];
        StringBuilder written = new StringBuilder(results.size() * 2048);
        for (int i = 0; i < rows.length; i++) {
            EvaluationResult r = results.get(i);
            String explanation = RulePackJson.write(r.explanation()); // serialized once: row and audit digest
            String quota = quotaNotes.get(r.subjectId());
            rows[i] = new MapSqlParameterSource().addValue("pack", packId).addValue("period", period)
                    .addValue("id", r.subjectId()).addValue("kind", r.kind().name()).addValue("group", r.targetGroup())
                    .addValue("unit", unitId).addValue("score", BigDecimal.valueOf(r.score()))
                    .addValue("grade", r.grade().name()).addValue("explanation", explanation)
                    .addValue("job", jobId, java.sql.Types.BIGINT).addValue("quota", quota, java.sql.Types.VARCHAR);
            written.append(r.subjectId()).append('\t').append(r.grade()).append('\t').append(r.score()).append('\t')
                    .append(quota == null ? "" : quota).append('\t').append(explanation).append('\n');
        }
        batch.batchUpdate("""
                insert into eval_result (pack_id, period, subject_id, subject_kind, target_group, unit_id, score,
                    grade, explanation, job_id, quota_note)
                values (:pack, :period, :id, :kind, :group, :unit, :score, :grade, :explanation, :job, :quota)
                """, rows);
        return written.toString();
    }

    /**
     * On PostgreSQL, lets the current (per-unit) transaction commit without waiting for the WAL flush. Safe
     * for batch scoring: a crash may lose the last units committed, but each with its checkpoint, so a resume
     * scores them again; a unit is still all or nothing.
     */
    void asyncCommit() {
        if (postgres == null) {
            postgres = batch.getJdbcTemplate().execute((org.springframework.jdbc.core.ConnectionCallback<Boolean>)
                    c -> c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                            .contains("postgres"));
        }
        if (Boolean.TRUE.equals(postgres)) {
            jdbc.sql("set local synchronous_commit to off").update();
        }
    }

    private volatile @Nullable Boolean postgres;

    /** Grade distribution of a unit's stored results in a period. */
    Map<Grade, Long> distribution(String period, long unitId) {
        return jdbc.sql("select grade from eval_result where period = :period and unit_id = :unit")
                .param("period", period).param("unit", unitId).query(String.class).list().stream()
                .collect(Collectors.groupingBy(Grade::valueOf, Collectors.counting()));
    }

    /** Grade counts per unit of a period's stored results, for the batch summary (chart and Excel). */
    Map<Long, Map<Grade, Long>> distributionByUnit(String period) {
        Map<Long, Map<Grade, Long>> out = new java.util.TreeMap<>();
        jdbc.sql("""
                select unit_id, grade, count(*) as n from eval_result where period = :period group by unit_id, grade
                """).param("period", period).query((rs, n) -> {
                    out.computeIfAbsent(rs.getLong("unit_id"), u -> new java.util.EnumMap<>(Grade.class))
                            .put(Grade.valueOf(rs.getString("grade")), rs.getLong("n"));
                    return null;
                }).list();
        return out;
    }
}
