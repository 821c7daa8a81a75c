package vn.tochuc.audit;

import org.jspecify.annotations.Nullable;

/**
 * One thing to record. {@code before} and {@code after} are the states as text (for example JSON); only
 * their SHA-256 digests are stored, so personal data never leaks into the log itself.
 */
public record AuditEntry(
        String actor,
        String action,
        String targetType,
        @Nullable String targetId,
        @Nullable Long unitId,
        Outcome outcome,
        @Nullable String detail,
        @Nullable String before,
        @Nullable String after) {

    public enum Outcome {
        OK,
        DENIED,
        FAILED
    }

    public static AuditEntry write(
            String actor,
            String action,
            String targetType,
            @Nullable Object targetId,
            @Nullable Long unitId,
            @Nullable String before,
            @Nullable String after,
            @Nullable String detail) {
        return new AuditEntry(
                actor,
                action,
                targetType,
                targetId == null ? null : targetId.toString(),
                unitId,
                Outcome.OK,
                detail,
                before,
                after);
    }

    public static AuditEntry read(String actor, String targetType, Object targetId, @Nullable Long unitId) {
        return new AuditEntry(actor, "READ", targetType, targetId.toString(), unitId, Outcome.OK, null, null, null);
    }

    public static AuditEntry denied(
            String actor,
            String action,
            String targetType,
            @Nullable Object targetId,
            @Nullable Long unitId,
            @Nullable String detail) {
        return new AuditEntry(
                actor,
                action,
                targetType,
                targetId == null ? null : targetId.toString(),
                unitId,
                Outcome.DENIED,
                detail,
                null,
                null);
    }
}
