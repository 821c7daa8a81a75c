package vn.tochuc.web;

/**
 * A kind of long job. Modules implement it as a bean; {@link LongJobs} runs it in the background with
 * progress, cancellation and a checkpoint. A handler resumed after a crash or a cancel gets the last
 * checkpoint it saved and must continue from there (work before a checkpoint is committed per unit).
 */
public interface JobHandler {

    /** Stable identifier, stored with the job. */
    String kind();

    void run(JobContext job) throws Exception;
}
