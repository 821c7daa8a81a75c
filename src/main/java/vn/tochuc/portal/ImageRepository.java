package vn.tochuc.portal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Uploaded photos, stored in the database so a backup holds the whole portal. */
@Repository
class ImageRepository {

    record Stored(String contentType, byte[] bytes) {}

    private final JdbcClient jdbc;

    ImageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(vn.tochuc.web.ImageUpload.Checked meta, byte[] bytes, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO portal_image (content_type, width, height, bytes, uploaded_by)
                VALUES (:type, :w, :h, :bytes, :by)
                """)
                .param("type", meta.contentType())
                .param("w", meta.width())
                .param("h", meta.height())
                .param("bytes", bytes)
                .param("by", by)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Stored> find(long id) {
        return jdbc.sql("SELECT content_type, bytes FROM portal_image WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Stored(rs.getString(1), rs.getBytes(2)))
                .optional();
    }
}
