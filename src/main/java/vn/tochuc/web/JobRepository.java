package vn.tochuc.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class JobRepository {

    private final JdbcClient jdbc;

    JobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String kind, String owner, String title, String params) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into web_job_run (kind, owner, title, params, status, updated_at)
                values (:kind, :owner, :title, :params, 'QUEUED', current_timestamp)
                """)
                .param("kind", kind)
                .param("owner", owner)
                .param("title", title)
                .param("params", params)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void save(
            long id,
            JobStatus status,
            long total,
            long done,
            @Nullable String message,
            @Nullable String checkpoint,
            @Nullable String result) {
        jdbc.sql("""
                update web_job_run set status = :status, total = :total, done = :done, message = :message,
                    checkpoint = :checkpoint, result = :result, updated_at = current_timestamp,
                    finished_at = case when :terminal then current_timestamp else null end
                where id = :id
                """)
                .param("status", status.name())
                .param("total", total)
                .param("done", done)
                .param("message", message)
                .param("checkpoint", checkpoint)
                .param("result", result)
                .param("terminal", status.terminal())
                .param("id", id)
                .update();
    }

    Optional<JobView> find(long id) {
        return jdbc.sql("select * from web_job_run where id = :id")
                .param("id", id)
                .query(JobRepository::map)
                .optional();
    }

    List<JobView> recent(@Nullable String owner, int limit) {
        return recent(owner, null, limit);
    }

    /** The newest runs, of one owner (null: everyone's) and one kind (null: every kind). */
    List<JobView> recent(@Nullable String owner, @Nullable String kind, int limit) {
        return jdbc.sql("""
                select * from web_job_run where (cast(:owner as varchar) is null or owner = :owner)
                    and (cast(:kind as varchar) is null or kind = :kind)
                order by id desc limit :limit
                """)
                .param("owner", owner)
                .param("kind", kind)
                .param("limit", limit)
                .query(JobRepository::map)
                .list();
    }

    String params(long id) {
        return jdbc.sql("select params from web_job_run where id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .orElse("");
    }

    int markInterrupted() {
        return jdbc.sql("update web_job_run set status = 'INTERRUPTED' where status in ('QUEUED', 'RUNNING')")
                .update();
    }

    private static JobView map(ResultSet rs, int n) throws SQLException {
        return new JobView(
                rs.getLong("id"),
                rs.getString("kind"),
                rs.getString("owner"),
                rs.getString("title"),
                JobStatus.valueOf(rs.getString("status")),
                rs.getLong("total"),
                rs.getLong("done"),
                rs.getString("message"),
                rs.getString("result"),
                rs.getString("checkpoint"),
                rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class));
    }
}
