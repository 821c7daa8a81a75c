package vn.tochuc.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/** Pure hashing of audit entries: SHA-256 over a canonical, unambiguous encoding of the fields. */
final class AuditHashing {

    static final String GENESIS = "0".repeat(64);

    private AuditHashing() {}

    static @Nullable String digest(@Nullable String text) {
        return text == null ? null : sha256(text);
    }

    static String hash(
            long seq,
            Instant at,
            String actor,
            String action,
            String targetType,
            @Nullable String targetId,
            @Nullable Long unitId,
            String outcome,
            @Nullable String detail,
            @Nullable String beforeDigest,
            @Nullable String afterDigest,
            String prevHash) {
        StringBuilder sb = new StringBuilder(256);
        // Each field is length-prefixed so that no two different entries encode to the same text.
        for (Object field : new Object[] {
            seq,
            at.toEpochMilli(),
            actor,
            action,
            targetType,
            targetId,
            unitId,
            outcome,
            detail,
            beforeDigest,
            afterDigest,
            prevHash
        }) {
            String s = field == null ? "" : field.toString();
            sb.append(field == null ? -1 : s.length()).append(':').append(s).append('|');
        }
        return sha256(sb.toString());
    }

    static String hashOf(AuditRecord r) {
        return hash(
                r.seq(),
                r.occurredAt().toInstant(),
                r.actor(),
                r.action(),
                r.targetType(),
                r.targetId(),
                r.unitId(),
                r.outcome(),
                r.detail(),
                r.beforeDigest(),
                r.afterDigest(),
                r.prevHash());
    }

    private static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
