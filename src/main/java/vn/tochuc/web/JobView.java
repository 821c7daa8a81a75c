package vn.tochuc.web;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A job as shown to its owner. */
public record JobView(
        long id,
        String kind,
        String owner,
        String title,
        JobStatus status,
        long total,
        long done,
        @Nullable String message,
        @Nullable String result,
        @Nullable String checkpoint,
        OffsetDateTime startedAt) {

    public int percent() {
        if (status == JobStatus.DONE) {
            return 100;
        }
        return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
    }

    public boolean finished() {
        return status.terminal();
    }

    public boolean resumable() {
        return status == JobStatus.CANCELLED || status == JobStatus.INTERRUPTED || status == JobStatus.FAILED;
    }
}
