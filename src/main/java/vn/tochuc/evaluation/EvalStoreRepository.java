package vn.tochuc.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
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
    private final ResultCopyRepository copy;
    private final vn.tochuc.web.DatabaseKind database;

    EvalStoreRepository(
            JdbcClient jdbc,
            NamedParameterJdbcTemplate batch,
            ResultCopyRepository copy,
            vn.tochuc.web.DatabaseKind database) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.copy = copy;
        this.database = database;
    }

    /** Adds many subjects' inputs in JDBC batches (demo data, benchmarks). */
    void addInputs(String period, List<Subject> subjects) {
        SqlParameterSource[] rows = subjects.stream()
                .map(s -> new MapSqlParameterSource()
                        .addValue("period", period)
                        .addValue("id", s.id())
                        .addValue("kind", s.kind().name())
                        .addValue("group", s.targetGroup())
                        .addValue("unit", s.unitId())
                        .addValue("head", s.headOfUnitId(), java.sql.Types.BIGINT)
                        .addValue("inputs", RulePackJson.write(new java.util.TreeMap<>(s.inputs())))
                        .addValue("events", String.join(",", s.events())))
                .toArray(SqlParameterSource[]::new);
        batch.batchUpdate(INSERT_INPUT, rows);
    }

    private static final String INSERT_INPUT = """
            insert into eval_input (period, subject_id, subject_kind, target_group, unit_id, head_of_unit_id,
                inputs, events)
            values (:period, :id, :kind, :group, :unit, :head, :inputs, :events)
            """;

    void addInput(String period, Subject s) {
        jdbc.sql(INSERT_INPUT)
                .param("period", period)
                .param("id", s.id())
                .param("kind", s.kind().name())
                .param("group", s.targetGroup())
                .param("unit", s.unitId())
                .param("head", s.headOfUnitId())
                .param("inputs", RulePackJson.write(s.inputs()))
                .param("events", String.join(",", s.events()))
                .update();
    }

    /** The subjects of several units (one query), by unit, each unit's in grading order (EVAL-32). */
    Map<Long, List<Subject>> subjects(String period, Collection<Long> unitIds) {
        Map<Long, List<Subject>> out = new HashMap<>();
        jdbc.sql("""
                select * from eval_input where period = :period and unit_id in (:units)
                order by unit_id, case when subject_kind = 'COLLECTIVE' then 0 when head_of_unit_id is null then 1
                    else 2 end, subject_id
                """)
                .param("period", period)
                .param("units", unitIds)
                .query((rs, n) -> {
                    Long head = rs.getObject("head_of_unit_id", Long.class);
                    String events = rs.getString("events");
                    return new Subject(
                            rs.getString("subject_id"),
                            Subject.Kind.valueOf(rs.getString("subject_kind")),
                            rs.getString("target_group"),
                            rs.getLong("unit_id"),
                            head,
                            RulePackJson.JSON.readValue(rs.getString("inputs"), INPUTS),
                            events == null || events.isBlank()
                                    ? Set.of()
                                    : Set.copyOf(Arrays.asList(events.split(","))));
                })
                .list()
                .forEach(s ->
                        out.computeIfAbsent(s.unitId(), u -> new ArrayList<>()).add(s));
        return out;
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
                """)
                .param("period", period)
                .param("units", unitIds)
                .query((rs, n) -> Map.entry(rs.getLong("unit_id"), Grade.valueOf(rs.getString("grade"))))
                .list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /**
     * Replaces the unit's results of the period; the caller's transaction makes it atomic per unit. Each
     * result is stored with the compact data of its explanation ({@link StoredExplanation}, ADR 0010). On
     * PostgreSQL the rows go in with one {@code COPY}, elsewhere with one JDBC batch. Returns the text
     * written, one line per result (subject, kind, target group, grade, score, quota note, explanation data
     * with the inputs read), whose digest goes into the audit log.
     */
    String replaceUnit(
            String period,
            long unitId,
            long packId,
            List<StoredExplanation.Scored> results,
            Map<String, String> quotaNotes,
            @Nullable Long jobId) {
        jdbc.sql("delete from eval_result where period = :period and unit_id = :unit")
                .param("period", period)
                .param("unit", unitId)
                .update();
        List<ResultRow> rows = new ArrayList<>(results.size());
        StringBuilder written = new StringBuilder(results.size() * 256);
        for (StoredExplanation.Scored scored : results) {
            EvaluationResult r = scored.result();
            ResultRow row = new ResultRow(
                    packId,
                    period,
                    r.subjectId(),
                    r.kind().name(),
                    r.targetGroup(),
                    unitId,
                    BigDecimal.valueOf(r.score()),
                    r.grade().name(),
                    scored.explanation().encode(),
                    jobId,
                    quotaNotes.get(r.subjectId()));
            rows.add(row);
            written.append(row.subjectId())
                    .append('\t')
                    .append(row.kind())
                    .append('\t')
                    .append(row.group())
                    .append('\t')
                    .append(row.grade())
                    .append('\t')
                    .append(r.score())
                    .append('\t')
                    .append(row.quota() == null ? "" : row.quota())
                    .append('\t')
                    .append(row.explanation())
                    .append('\n');
        }
        if (database.postgres()) {
            copy.copyIn(rows);
        } else {
            batch.batchUpdate(
                    INSERT_RESULT,
                    rows.stream().map(EvalStoreRepository::params).toArray(SqlParameterSource[]::new));
        }
        return written.toString();
    }

    /** One row of {@code eval_result}. */
    record ResultRow(
            long pack,
            String period,
            String subjectId,
            String kind,
            String group,
            long unit,
            BigDecimal score,
            String grade,
            String explanation,
            @Nullable Long job,
            @Nullable String quota) {}

    private static final String INSERT_RESULT = """
            insert into eval_result (pack_id, period, subject_id, subject_kind, target_group, unit_id, score,
                grade, explanation, job_id, quota_note)
            values (:pack, :period, :id, :kind, :group, :unit, :score, :grade, :explanation, :job, :quota)
            """;

    private static SqlParameterSource params(ResultRow r) {
        return new MapSqlParameterSource()
                .addValue("pack", r.pack())
                .addValue("period", r.period())
                .addValue("id", r.subjectId())
                .addValue("kind", r.kind())
                .addValue("group", r.group())
                .addValue("unit", r.unit())
                .addValue("score", r.score())
                .addValue("grade", r.grade())
                .addValue("explanation", r.explanation())
                .addValue("job", r.job(), java.sql.Types.BIGINT)
                .addValue("quota", r.quota(), java.sql.Types.VARCHAR);
    }

    /**
     * On PostgreSQL, lets the current (per-unit) transaction commit without waiting for the WAL flush. Safe
     * for batch scoring: a crash may lose the last units committed, but each with its checkpoint, so a resume
     * scores them again; a unit is still all or nothing.
     */
    void asyncCommit() {
        if (database.postgres()) {
            jdbc.sql("set local synchronous_commit to off").update();
        }
    }

    /** Grade distribution of a unit's stored results in a period. */
    Map<Grade, Long> distribution(String period, long unitId) {
        return jdbc
                .sql("select grade from eval_result where period = :period and unit_id = :unit")
                .param("period", period)
                .param("unit", unitId)
                .query(String.class)
                .list()
                .stream()
                .collect(Collectors.groupingBy(Grade::valueOf, Collectors.counting()));
    }

    /** One peer group's individual results of a period: unit, target group, pack and the count per grade. */
    record PeerCount(long unitId, String targetGroup, long packId, Grade grade, long count) {}

    /** Individual results per (unit, target group, pack, grade) of a period, for the quota lines of the summary. */
    List<PeerCount> peerCounts(String period) {
        return jdbc.sql("""
                select unit_id, target_group, pack_id, grade, count(*) as n from eval_result
                where period = :period and subject_kind = 'INDIVIDUAL'
                group by unit_id, target_group, pack_id, grade order by unit_id, target_group, pack_id
                """)
                .param("period", period)
                .query((rs, n) -> new PeerCount(
                        rs.getLong("unit_id"),
                        rs.getString("target_group"),
                        rs.getLong("pack_id"),
                        Grade.valueOf(rs.getString("grade")),
                        rs.getLong("n")))
                .list();
    }

    /** Grade counts per unit of a period's stored results, for the batch summary (chart and Excel). */
    Map<Long, Map<Grade, Long>> distributionByUnit(String period) {
        Map<Long, Map<Grade, Long>> out = new java.util.TreeMap<>();
        jdbc.sql("""
                select unit_id, grade, count(*) as n from eval_result where period = :period group by unit_id, grade
                """)
                .param("period", period)
                .query((rs, n) -> {
                    out.computeIfAbsent(rs.getLong("unit_id"), u -> new java.util.EnumMap<>(Grade.class))
                            .put(Grade.valueOf(rs.getString("grade")), rs.getLong("n"));
                    return null;
                })
                .list();
        return out;
    }
}
