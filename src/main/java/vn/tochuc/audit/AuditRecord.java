package vn.tochuc.audit;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A stored audit entry as shown on the audit page. */
public record AuditRecord(
        long seq,
        OffsetDateTime occurredAt,
        String actor,
        String action,
        String targetType,
        @Nullable String targetId,
        @Nullable Long unitId,
        String outcome,
        @Nullable String detail,
        @Nullable String beforeDigest,
        @Nullable String afterDigest,
        String prevHash,
        String hash) {}
