package vn.tochuc.appraisal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** {@code appr_evidence}: files attached to self-assessments. */
@Repository
class EvidenceRepository {

    private static final String COLUMNS =
            "id, member_id, file_name, content_type, size_bytes, uploaded_by, uploaded_at";

    private final JdbcClient jdbc;

    EvidenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long memberId, String fileName, String contentType, byte[] content, String actor) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into appr_evidence (member_id, file_name, content_type, size_bytes, content, uploaded_by)
                values (:member, :name, :type, :size, :content, :actor)
                """)
                .param("member", memberId)
                .param("name", fileName)
                .param("type", contentType)
                .param("size", content.length)
                .param("content", content)
                .param("actor", actor)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    List<Evidence> of(long memberId) {
        return jdbc.sql("select " + COLUMNS + " from appr_evidence where member_id = :m order by id")
                .param("m", memberId)
                .query(EvidenceRepository::row)
                .list();
    }

    long count(long memberId) {
        return jdbc.sql("select count(*) from appr_evidence where member_id = :m")
                .param("m", memberId)
                .query(Long.class)
                .single();
    }

    Optional<Evidence> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from appr_evidence where id = :id")
                .param("id", id)
                .query(EvidenceRepository::row)
                .optional();
    }

    byte[] content(long id) {
        return jdbc.sql("select content from appr_evidence where id = :id")
                .param("id", id)
                .query((rs, n) -> rs.getBytes(1))
                .single();
    }

    private static Evidence row(ResultSet rs, int n) throws SQLException {
        return new Evidence(
                rs.getLong("id"),
                rs.getLong("member_id"),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", OffsetDateTime.class));
    }
}
