package vn.tochuc.portal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The persisted visit total and the snapshot of visitors online at shutdown. */
@Repository
class StatRepository {

    record Online(String visitor, boolean member, long lastSeen) {}

    private final JdbcClient jdbc;

    StatRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long visits() {
        return jdbc.sql("SELECT amount FROM portal_stat WHERE name = 'visits'")
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    void addVisits(long delta) {
        jdbc.sql("UPDATE portal_stat SET amount = amount + :d WHERE name = 'visits'")
                .param("d", delta)
                .update();
    }

    List<Online> online(long since) {
        return jdbc.sql("SELECT visitor, member, last_seen FROM portal_online WHERE last_seen >= :since")
                .param("since", since)
                .query((rs, n) -> new Online(rs.getString(1), rs.getBoolean(2), rs.getLong(3)))
                .list();
    }

    void replaceOnline(List<Online> online) {
        jdbc.sql("DELETE FROM portal_online").update();
        for (Online o : online) {
            jdbc.sql("INSERT INTO portal_online (visitor, member, last_seen) VALUES (:v, :m, :t)")
                    .param("v", o.visitor())
                    .param("m", o.member())
                    .param("t", o.lastSeen())
                    .update();
        }
    }

    /** The named key, created with {@code candidate} when absent (the first writer wins on a race). */
    String key(String name, String candidate) {
        jdbc.sql("INSERT INTO portal_key (name, secret) VALUES (:n, :v) ON CONFLICT DO NOTHING")
                .param("n", name)
                .param("v", candidate)
                .update();
        return jdbc.sql("SELECT secret FROM portal_key WHERE name = :n")
                .param("n", name)
                .query(String.class)
                .single();
    }
}
