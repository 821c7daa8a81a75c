package vn.tochuc.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Articles, categories and editorial history. */
@Repository
class ArticleRepository {

    record Draft(
            long categoryId,
            String slug,
            String title,
            String summary,
            String bodyHtml,
            @Nullable Long photoId,
            @Nullable String photoCaption,
            String author,
            @Nullable String sourceTag,
            String searchText) {}

    private static final String SELECT = """
            SELECT a.id, a.slug, a.title, a.summary, a.body_html, a.photo_id, a.photo_caption, a.author,
                   a.source_tag, a.status, a.published_at, a.updated_at, a.views,
                   c.id AS c_id, c.slug AS c_slug, c.name AS c_name
              FROM portal_article a JOIN portal_category c ON c.id = a.category_id
            """;

    private final JdbcClient jdbc;

    ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Draft d) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO portal_article (category_id, slug, title, summary, body_html, photo_id, photo_caption,
                    author, source_tag, status, search_text)
                VALUES (:cat, :slug, :title, :summary, :body, :photo, :caption, :author, :source, 'DRAFT', :search)
                """).params(params(d)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void update(long id, Draft d) {
        jdbc.sql("""
                UPDATE portal_article SET category_id = :cat, slug = :slug, title = :title, summary = :summary,
                    body_html = :body, photo_id = :photo, photo_caption = :caption, author = :author,
                    source_tag = :source, search_text = :search, updated_at = CURRENT_TIMESTAMP
                 WHERE id = :id
                """).params(params(d)).param("id", id).update();
    }

    private static java.util.Map<String, ?> params(Draft d) {
        var m = new java.util.HashMap<String, Object>();
        m.put("cat", d.categoryId());
        m.put("slug", d.slug());
        m.put("title", d.title());
        m.put("summary", d.summary());
        m.put("body", d.bodyHtml());
        m.put("photo", d.photoId());
        m.put("caption", d.photoCaption());
        m.put("author", d.author());
        m.put("source", d.sourceTag());
        m.put("search", d.searchText());
        return m;
    }

    void setStatus(long id, ArticleStatus status, @Nullable OffsetDateTime publishedAt) {
        jdbc.sql("""
                UPDATE portal_article SET status = :status, published_at = COALESCE(:at, published_at),
                    updated_at = CURRENT_TIMESTAMP WHERE id = :id
                """)
                .param("status", status.name())
                .param("at", publishedAt)
                .param("id", id)
                .update();
    }

    boolean slugTaken(String slug, long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM portal_article WHERE slug = :slug AND id <> :id")
                        .param("slug", slug)
                        .param("id", exceptId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<Article> find(long id) {
        return jdbc.sql(SELECT + " WHERE a.id = :id")
                .param("id", id)
                .query(ArticleRepository::map)
                .optional();
    }

    List<Article> published(@Nullable Long categoryId, int limit, int offset) {
        return jdbc.sql(SELECT + """
                 WHERE a.status = 'PUBLISHED' AND (CAST(:cat AS BIGINT) IS NULL OR a.category_id = :cat)
                 ORDER BY a.published_at DESC, a.id DESC LIMIT :limit OFFSET :offset
                """)
                .param("cat", categoryId)
                .param("limit", limit)
                .param("offset", offset)
                .query(ArticleRepository::map)
                .list();
    }

    /** {@code foldedQuery} is already folded; it is matched as a plain substring (no wildcards). */
    List<Article> search(String foldedQuery, int limit) {
        return jdbc.sql(SELECT + """
                 WHERE a.status = 'PUBLISHED' AND POSITION(:q IN a.search_text) > 0
                 ORDER BY a.published_at DESC, a.id DESC LIMIT :limit
                """)
                .param("q", foldedQuery)
                .param("limit", limit)
                .query(ArticleRepository::map)
                .list();
    }

    List<Article> all(int limit) {
        return jdbc.sql(SELECT + " ORDER BY a.updated_at DESC, a.id DESC LIMIT :limit")
                .param("limit", limit)
                .query(ArticleRepository::map)
                .list();
    }

    void addHistory(long articleId, ArticleStatus status, String actor, @Nullable String note) {
        jdbc.sql("""
                INSERT INTO portal_article_history (article_id, status, actor, note)
                VALUES (:id, :status, :actor, :note)
                """)
                .param("id", articleId)
                .param("status", status.name())
                .param("actor", actor)
                .param("note", note)
                .update();
    }

    List<HistoryEntry> history(long articleId) {
        return jdbc.sql("""
                SELECT status, actor, at, note FROM portal_article_history WHERE article_id = :id ORDER BY id
                """)
                .param("id", articleId)
                .query((rs, n) -> new HistoryEntry(
                        ArticleStatus.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class),
                        rs.getString(4)))
                .list();
    }

    /** The atomic flush of buffered views: never read-then-write. */
    int addViews(long id, long delta) {
        return jdbc.sql("UPDATE portal_article SET views = views + :delta WHERE id = :id")
                .param("delta", delta)
                .param("id", id)
                .update();
    }

    long views(long id) {
        return jdbc.sql("SELECT views FROM portal_article WHERE id = :id")
                .param("id", id)
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    List<Category> categories() {
        return jdbc.sql("SELECT id, slug, name FROM portal_category ORDER BY position, id")
                .query((rs, n) -> new Category(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    long insertCategory(String slug, String name, int position) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO portal_category (slug, name, position) VALUES (:slug, :name, :pos)")
                .param("slug", slug)
                .param("name", name)
                .param("pos", position)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private static Article map(ResultSet rs, int n) throws SQLException {
        long photo = rs.getLong("photo_id");
        Long photoId = rs.wasNull() ? null : photo;
        return new Article(
                rs.getLong("id"),
                new Category(rs.getLong("c_id"), rs.getString("c_slug"), rs.getString("c_name")),
                rs.getString("slug"),
                rs.getString("title"),
                rs.getString("summary"),
                rs.getString("body_html"),
                photoId,
                rs.getString("photo_caption"),
                rs.getString("author"),
                rs.getString("source_tag"),
                ArticleStatus.valueOf(rs.getString("status")),
                rs.getObject("published_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class),
                rs.getLong("views"));
    }
}
