package vn.tochuc.portal;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One step of an article's editorial history. */
public record HistoryEntry(
        ArticleStatus status,
        String actor,
        OffsetDateTime at,
        @Nullable String note) {}
