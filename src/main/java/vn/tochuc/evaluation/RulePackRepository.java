package vn.tochuc.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class RulePackRepository {

    /** A stored pack version (its JSON body in {@code body}). */
    record Row(
            long id,
            String code,
            int version,
            String title,
            String side,
            LocalDate effectiveFrom,
            @Nullable LocalDate effectiveTo,
            String status,
            String origin,
            String body,
            String createdBy,
            @Nullable OffsetDateTime createdAt) {}

    private final JdbcClient jdbc;

    RulePackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String code, int version) {
        return jdbc.sql("select count(*) from eval_rule_pack where code = :c and version = :v")
                        .param("c", code)
                        .param("v", version)
                        .query(Long.class)
                        .single()
                > 0;
    }

    int maxVersion(String code) {
        Integer v = jdbc.sql("select max(version) from eval_rule_pack where code = :c")
                .param("c", code)
                .query(Integer.class)
                .optional()
                .orElse(null);
        return v == null ? 0 : v;
    }

    long insert(RulePackDoc doc, String status, String origin, String body, String actor) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into eval_rule_pack (code, version, title, side, effective_from, effective_to, status, origin,
                    body, created_by)
                values (:code, :version, :title, :side, :from, :to, :status, :origin, :body, :actor)
                """)
                .param("code", doc.code())
                .param("version", doc.version())
                .param("title", doc.title())
                .param("side", doc.side())
                .param("from", doc.effectiveFrom())
                .param("to", doc.effectiveTo())
                .param("status", status)
                .param("origin", origin)
                .param("body", body)
                .param("actor", actor)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (RulePackDoc.Rule r : PackChecks.nullSafe(doc.rules())) {
            jdbc.sql("""
                    insert into eval_rule (pack_id, rule_id, text, source, confidence, uncertain, fallback)
                    values (:pack, :rule, :text, :source, :conf, :uncertain, :fallback)
                    """)
                    .param("pack", id)
                    .param("rule", r.id())
                    .param("text", r.text())
                    .param("source", r.source())
                    .param("conf", r.confidence())
                    .param("uncertain", r.uncertain())
                    .param("fallback", r.fallback())
                    .update();
        }
        return id;
    }

    void publish(long id) {
        jdbc.sql("update eval_rule_pack set status = 'PUBLISHED' where id = :id")
                .param("id", id)
                .update();
    }

    Optional<Row> find(String code, int version) {
        return jdbc.sql("select * from eval_rule_pack where code = :c and version = :v")
                .param("c", code)
                .param("v", version)
                .query(RulePackRepository::map)
                .optional();
    }

    Optional<Row> find(long id) {
        return jdbc.sql("select * from eval_rule_pack where id = :id")
                .param("id", id)
                .query(RulePackRepository::map)
                .optional();
    }

    /** Published versions of a code, newest first. */
    List<Row> published(String code) {
        return jdbc.sql("""
                select * from eval_rule_pack where code = :c and status = 'PUBLISHED' order by version desc
                """).param("c", code).query(RulePackRepository::map).list();
    }

    /** The published pack of a side in force on a date: latest effective start, then highest version. */
    Optional<Row> inForce(String side, LocalDate date) {
        return jdbc.sql("""
                select * from eval_rule_pack
                where side = :side and status = 'PUBLISHED' and effective_from <= :d
                  and (effective_to is null or effective_to > :d)
                order by effective_from desc, version desc
                limit 1
                """)
                .param("side", side)
                .param("d", date)
                .query(RulePackRepository::map)
                .optional();
    }

    /** The published version of a code in force on a date. */
    Optional<Row> inForceByCode(String code, LocalDate date) {
        return jdbc.sql("""
                select * from eval_rule_pack
                where code = :code and status = 'PUBLISHED' and effective_from <= :d
                  and (effective_to is null or effective_to > :d)
                order by effective_from desc, version desc
                limit 1
                """)
                .param("code", code)
                .param("d", date)
                .query(RulePackRepository::map)
                .optional();
    }

    List<Row> all() {
        return jdbc.sql("select * from eval_rule_pack order by side, code, version desc")
                .query(RulePackRepository::map)
                .list();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getInt("version"),
                rs.getString("title"),
                rs.getString("side"),
                rs.getObject("effective_from", LocalDate.class),
                rs.getObject("effective_to", LocalDate.class),
                rs.getString("status"),
                rs.getString("origin"),
                rs.getString("body"),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
