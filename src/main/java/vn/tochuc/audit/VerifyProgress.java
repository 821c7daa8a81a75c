package vn.tochuc.audit;

/** Lets a long verification report progress, be cancelled, and resume where it stopped. */
public interface VerifyProgress {

    VerifyProgress NONE = new VerifyProgress() {};

    /** The last sequence number already verified by an earlier run; 0 to start from the beginning. */
    default long resumeAfterSeq() {
        return 0;
    }

    /** The hash of entry {@link #resumeAfterSeq()}; unused when starting from the beginning. */
    default String resumeHash() {
        return "";
    }

    default void verified(long lastSeq, String lastHash, long total) {}

    default boolean cancelled() {
        return false;
    }
}
