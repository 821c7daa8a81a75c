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
        OffsetDateTime startedAt,
        @Nullable OffsetDateTime finishedAt) {

    /**
     * How long the run took (to its end, or so far), in whole seconds: the timeline of a run that ended before its
     * page was opened, so that a fast job still shows what happened (issue 11, point 18).
     */
    public long seconds(OffsetDateTime now) {
        OffsetDateTime end = finishedAt != null ? finishedAt : now;
        return Math.max(0, java.time.Duration.between(startedAt, end).getSeconds());
    }

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
