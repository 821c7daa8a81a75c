package vn.tochuc.evaluation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Decided grades ({@code eval_decision}, every version kept) and what a decision is made from. */
@Repository
class DecisionRepository {

    /**
     * The stored computed result of a subject in a period, with its inputs and the pack version used (which
     * renders a compact stored explanation, ADR 0010).
     */
    record Computed(
            long packId,
            String packCode,
            int packVersion,
            long unitId,
            String kind,
            String targetGroup,
            double score,
            Grade grade,
            String explanation,
            String inputs,
            String events) {

        Computed withExplanation(String json) {
            return new Computed(
                    packId, packCode, packVersion, unitId, kind, targetGroup, score, grade, json, inputs, events);
        }
    }

    /** One stored version of a decided grade. */
    record Row(
            long id,
            String period,
            String subjectId,
            long unitId,
            int version,
            boolean current,
            Grade grade,
            Grade computedGrade,
            double score,
            long packId,
            String record,
            @Nullable String reason,
            String decidedBy,
            OffsetDateTime decidedAt,
            long auditSeq) {}

    private final JdbcClient jdbc;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Computed> computed(String period, String subjectId) {
        return jdbc
                .sql("""
                select r.pack_id, p.code, p.version, r.unit_id, r.subject_kind, r.target_group, r.score, r.grade,
                    r.explanation, i.inputs, i.events
                from eval_result r
                join eval_rule_pack p on p.id = r.pack_id
                join eval_input i on i.period = r.period and i.subject_id = r.subject_id and i.unit_id = r.unit_id
                where r.period = :period and r.subject_id = :subject
                order by r.id desc, i.id desc
                """)
                .param("period", period)
                .param("subject", subjectId)
                .query((rs, n) -> new Computed(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getBigDecimal(7).doubleValue(),
                        Grade.valueOf(rs.getString(8)),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getString(11)))
                .list()
                .stream()
                .findFirst();
    }

    /** All versions, oldest first. */
    List<Row> versions(String period, String subjectId) {
        return jdbc.sql("""
                select * from eval_decision where period = :period and subject_id = :subject order by version
                """)
                .param("period", period)
                .param("subject", subjectId)
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getString("period"),
                        rs.getString("subject_id"),
                        rs.getLong("unit_id"),
                        rs.getInt("version"),
                        rs.getBoolean("is_current"),
                        Grade.valueOf(rs.getString("grade")),
                        Grade.valueOf(rs.getString("computed_grade")),
                        rs.getBigDecimal("score").doubleValue(),
                        rs.getLong("pack_id"),
                        rs.getString("record"),
                        rs.getString("reason"),
                        rs.getString("decided_by"),
                        rs.getObject("decided_at", OffsetDateTime.class),
                        rs.getLong("audit_seq")))
                .list();
    }

    /** Adds a version and makes it the only current one; the unique (period, subject, version) stops races. */
    void add(Row r) {
        jdbc.sql("update eval_decision set is_current = false where period = :period and subject_id = :subject")
                .param("period", r.period())
                .param("subject", r.subjectId())
                .update();
        jdbc.sql("""
                insert into eval_decision (period, subject_id, unit_id, version, is_current, grade, computed_grade,
                    score, pack_id, record, reason, decided_by, decided_at, audit_seq)
                values (:period, :subject, :unit, :version, true, :grade, :computed, :score, :pack, :record, :reason,
                    :by, :at, :seq)
                """)
                .param("period", r.period())
                .param("subject", r.subjectId())
                .param("unit", r.unitId())
                .param("version", r.version())
                .param("grade", r.grade().name())
                .param("computed", r.computedGrade().name())
                .param("score", BigDecimal.valueOf(r.score()))
                .param("pack", r.packId())
                .param("record", r.record())
                .param("reason", r.reason())
                .param("by", r.decidedBy())
                .param("at", r.decidedAt())
                .param("seq", r.auditSeq())
                .update();
    }
}
