package vn.tochuc.portal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Polls, options and the one-row-per-voter ballot table. */
@Repository
class PollRepository {

    private final JdbcClient jdbc;

    PollRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String question, OffsetDateTime opens, OffsetDateTime closes, List<String> options) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO portal_poll (question, opens_at, closes_at) VALUES (:q, :o, :c)")
                .param("q", question)
                .param("o", opens)
                .param("c", closes)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (int i = 0; i < options.size(); i++) {
            jdbc.sql("INSERT INTO portal_poll_option (poll_id, label, position) VALUES (:p, :l, :i)")
                    .param("p", id)
                    .param("l", options.get(i))
                    .param("i", i)
                    .update();
        }
        return id;
    }

    void close(long id, OffsetDateTime at) {
        jdbc.sql("UPDATE portal_poll SET closes_at = :at WHERE id = :id")
                .param("at", at)
                .param("id", id)
                .update();
    }

    Optional<PollView> find(long id) {
        return jdbc.sql("SELECT id, question, opens_at, closes_at FROM portal_poll WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new PollView(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class),
                        rs.getObject(4, OffsetDateTime.class),
                        options(rs.getLong(1))))
                .optional();
    }

    /** Open at {@code now}, the most recently opened first. */
    List<PollView> open(OffsetDateTime now) {
        return ids("""
                SELECT id FROM portal_poll WHERE opens_at <= :now AND closes_at > :now ORDER BY opens_at DESC, id DESC
                """, now);
    }

    List<PollView> all() {
        return views(jdbc.sql("SELECT id FROM portal_poll ORDER BY id DESC")
                .query(Long.class)
                .list());
    }

    private List<PollView> ids(String sql, OffsetDateTime now) {
        return views(jdbc.sql(sql).param("now", now).query(Long.class).list());
    }

    private List<PollView> views(List<Long> ids) {
        return ids.stream().map(id -> find(id).orElseThrow()).toList();
    }

    private List<PollView.Option> options(long pollId) {
        return jdbc.sql("SELECT id, label, votes FROM portal_poll_option WHERE poll_id = :p ORDER BY position, id")
                .param("p", pollId)
                .query((rs, n) -> new PollView.Option(rs.getLong(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /** Records the ballot; false when this voter already voted in this poll (the primary key decides). */
    boolean vote(long pollId, long optionId, String voter) {
        try {
            jdbc.sql("INSERT INTO portal_poll_vote (poll_id, voter, option_id) VALUES (:p, :v, :o)")
                    .param("p", pollId)
                    .param("v", voter)
                    .param("o", optionId)
                    .update();
        } catch (DuplicateKeyException e) {
            return false;
        }
        jdbc.sql("UPDATE portal_poll_option SET votes = votes + 1 WHERE id = :o AND poll_id = :p")
                .param("o", optionId)
                .param("p", pollId)
                .update();
        return true;
    }

    boolean hasVoted(long pollId, String voter) {
        return jdbc.sql("SELECT COUNT(*) FROM portal_poll_vote WHERE poll_id = :p AND voter = :v")
                        .param("p", pollId)
                        .param("v", voter)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
