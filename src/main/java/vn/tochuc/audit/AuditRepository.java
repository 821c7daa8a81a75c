package vn.tochuc.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {

    record Head(long lastSeq, String lastHash) {}

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the chain head until the surrounding transaction ends. */
    Head lockHead() {
        return jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
    }

    void append(AuditRecord r) {
        jdbc.sql("""
                insert into audit_entry (seq, occurred_at, actor, action, target_type, target_id, unit_id, outcome,
                    detail, before_digest, after_digest, prev_hash, hash)
                values (:seq, :at, :actor, :action, :targetType, :targetId, :unitId, :outcome,
                    :detail, :beforeDigest, :afterDigest, :prevHash, :hash)
                """)
                .param("seq", r.seq())
                .param("at", r.occurredAt())
                .param("actor", r.actor())
                .param("action", r.action())
                .param("targetType", r.targetType())
                .param("targetId", r.targetId())
                .param("unitId", r.unitId())
                .param("outcome", r.outcome())
                .param("detail", r.detail())
                .param("beforeDigest", r.beforeDigest())
                .param("afterDigest", r.afterDigest())
                .param("prevHash", r.prevHash())
                .param("hash", r.hash())
                .update();
        jdbc.sql("update audit_chain_head set last_seq = :seq, last_hash = :hash where id = 1")
                .param("seq", r.seq())
                .param("hash", r.hash())
                .update();
    }

    List<AuditRecord> batchFrom(long fromSeqExclusive, int limit) {
        return jdbc.sql("select * from audit_entry where seq > :from order by seq limit :limit")
                .param("from", fromSeqExclusive)
                .param("limit", limit)
                .query(AuditRepository::map)
                .list();
    }

    Head head() {
        return jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
    }

    List<AuditRecord> search(
            @Nullable String actor,
            @Nullable String action,
            @Nullable String targetType,
            @Nullable String targetId,
            int offset,
            int limit) {
        return jdbc.sql("""
                select * from audit_entry
                where (cast(:actor as varchar) is null or actor = :actor)
                  and (cast(:action as varchar) is null or action = :action)
                  and (cast(:targetType as varchar) is null or target_type = :targetType)
                  and (cast(:targetId as varchar) is null or target_id = :targetId)
                order by seq desc
                limit :limit offset :offset
                """)
                .param("actor", actor)
                .param("action", action)
                .param("targetType", targetType)
                .param("targetId", targetId)
                .param("limit", limit)
                .param("offset", offset)
                .query(AuditRepository::map)
                .list();
    }

    private static AuditRecord map(ResultSet rs, int n) throws SQLException {
        long unit = rs.getLong("unit_id");
        Long unitId = rs.wasNull() ? null : unit;
        return new AuditRecord(
                rs.getLong("seq"),
                rs.getObject("occurred_at", OffsetDateTime.class),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("target_type"),
                rs.getString("target_id"),
                unitId,
                rs.getString("outcome"),
                rs.getString("detail"),
                rs.getString("before_digest"),
                rs.getString("after_digest"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }
}
