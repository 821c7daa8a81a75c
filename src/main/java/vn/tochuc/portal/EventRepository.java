package vn.tochuc.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Featured events and the articles they group. */
@Repository
class EventRepository {

    private final JdbcClient jdbc;

    EventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String title, int position) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO portal_event (title, position, active) VALUES (:title, :pos, TRUE)")
                .param("title", title)
                .param("pos", position)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void setActive(long id, boolean active) {
        jdbc.sql("UPDATE portal_event SET active = :a WHERE id = :id")
                .param("a", active)
                .param("id", id)
                .update();
    }

    void addArticle(long eventId, long articleId) {
        jdbc.sql("INSERT INTO portal_event_article (event_id, article_id) VALUES (:e, :a) ON CONFLICT DO NOTHING")
                .param("e", eventId)
                .param("a", articleId)
                .update();
    }

    boolean exists(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM portal_event WHERE id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Events (only active ones when {@code activeOnly}) with their published articles, newest first. */
    List<FeaturedEvent> list(boolean activeOnly) {
        record Row(long id, String title, boolean active, String articleTitle, String slug, long articleId) {}
        List<Row> rows = jdbc.sql("""
                SELECT e.id, e.title, e.active, a.title AS a_title, a.slug, a.id AS a_id
                  FROM portal_event e
                  LEFT JOIN portal_event_article ea ON ea.event_id = e.id
                  LEFT JOIN portal_article a ON a.id = ea.article_id AND a.status = 'PUBLISHED'
                 WHERE (:all = TRUE OR e.active = TRUE)
                 ORDER BY e.position, e.id, a.published_at DESC
                """)
                .param("all", !activeOnly)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getBoolean(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getLong(6)))
                .list();
        Map<Long, FeaturedEvent> byId = new LinkedHashMap<>();
        for (Row r : rows) {
            FeaturedEvent e =
                    byId.computeIfAbsent(r.id(), id -> new FeaturedEvent(id, r.title(), r.active(), new ArrayList<>()));
            if (r.articleTitle() != null) {
                e.articles()
                        .add(new FeaturedEvent.Link(r.articleTitle(), "/tin-tuc/" + r.slug() + "-" + r.articleId()));
            }
        }
        return byId.values().stream()
                .map(e -> new FeaturedEvent(e.id(), e.title(), e.active(), List.copyOf(e.articles())))
                .toList();
    }
}
