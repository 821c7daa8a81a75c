package vn.tochuc.web;

import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/** The live state of one job; progress is written through to the database at most twice a second. */
final class RunningJob implements JobContext {

    private static final long FLUSH_MILLIS = 500;

    private final long id;
    private final String params;
    private final JobRepository repository;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile @Nullable String checkpoint;
    private volatile JobStatus status = JobStatus.RUNNING;
    private volatile long total;
    private volatile long done;
    private volatile @Nullable String message;
    private volatile @Nullable String result;
    private long lastFlush;

    RunningJob(long id, String params, @Nullable String checkpoint, JobRepository repository) {
        this.id = id;
        this.params = params;
        this.checkpoint = checkpoint;
        this.repository = repository;
    }

    @Override
    public String params() {
        return params;
    }

    @Override
    public @Nullable String checkpoint() {
        return checkpoint;
    }

    @Override
    public void total(long total) {
        this.total = total;
        flush(false);
    }

    @Override
    public void progress(long done, @Nullable String message) {
        this.done = done;
        this.message = message;
        flush(false);
    }

    @Override
    public void checkpoint(String checkpoint) {
        this.checkpoint = checkpoint;
        flush(true);
    }

    @Override
    public boolean cancelled() {
        return cancelled.get();
    }

    @Override
    public void result(String message) {
        this.result = message;
    }

    void cancel() {
        cancelled.set(true);
    }

    void finish(JobStatus status, @Nullable String failure) {
        this.status = status;
        if (failure != null) {
            this.result = failure;
        }
        flush(true);
    }

    JobView view(JobView stored) {
        return new JobView(
                id,
                stored.kind(),
                stored.owner(),
                stored.title(),
                status,
                total,
                done,
                message,
                result,
                checkpoint,
                stored.startedAt(),
                status.terminal() ? OffsetDateTime.now() : null);
    }

    private synchronized void flush(boolean force) {
        long now = System.currentTimeMillis();
        if (force || now - lastFlush >= FLUSH_MILLIS) {
            lastFlush = now;
            repository.save(id, status, total, done, message, checkpoint, result);
        }
    }
}
