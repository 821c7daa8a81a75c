package vn.tochuc.web;

import org.jspecify.annotations.Nullable;

/** What a running job sees: its parameters, its last checkpoint, and ways to report progress. */
public interface JobContext {

    String params();

    /** The checkpoint saved by an earlier run of this job, when it is being resumed. */
    @Nullable
    String checkpoint();

    void total(long total);

    void progress(long done, @Nullable String message);

    /** Saves a resume point; call it after a unit of work has been committed. */
    void checkpoint(String checkpoint);

    boolean cancelled();

    /** The message shown when the job has finished. */
    void result(String message);
}
