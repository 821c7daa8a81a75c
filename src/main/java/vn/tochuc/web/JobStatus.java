package vn.tochuc.web;

/** Life of a long job. INTERRUPTED means the application stopped while it ran; it can be resumed. */
public enum JobStatus {
    QUEUED,
    RUNNING,
    DONE,
    FAILED,
    CANCELLED,
    INTERRUPTED;

    public boolean terminal() {
        return this != QUEUED && this != RUNNING;
    }
}
