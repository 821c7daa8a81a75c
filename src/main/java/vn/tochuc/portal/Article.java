package vn.tochuc.portal;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import vn.tochuc.shared.VnFormats;

/** A news article (bài viết). {@code bodyHtml} is already sanitized; {@code views} is the flushed count. */
public record Article(
        long id,
        Category category,
        String slug,
        String title,
        String summary,
        String bodyHtml,
        @Nullable Long photoId,
        @Nullable String photoCaption,
        String author,
        @Nullable String sourceTag,
        ArticleStatus status,
        @Nullable OffsetDateTime publishedAt,
        OffsetDateTime updatedAt,
        long views) {

    /** The public address: {@code /tin-tuc/<slug>-<id>}; the id makes it stable when the title changes. */
    public String url() {
        return "/tin-tuc/" + slug + "-" + id;
    }

    public @Nullable String photoUrl() {
        return photoId == null ? null : "/anh/" + photoId;
    }

    public String dateText() {
        return publishedAt == null
                ? ""
                : VnFormats.date(
                        publishedAt.atZoneSameInstant(VnFormats.VIETNAM).toLocalDate());
    }

    public boolean published() {
        return status == ArticleStatus.PUBLISHED;
    }
}
