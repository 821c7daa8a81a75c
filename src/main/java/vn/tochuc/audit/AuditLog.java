package vn.tochuc.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log facade. {@link #record} joins the caller's transaction, so a write that rolls back leaves
 * no entry; {@link #recordIndependently} commits on its own, for refused access and failed logins that
 * must be kept although the request fails.
 */
@Service
public class AuditLog {

    private static final int VERIFY_BATCH = 5_000;

    private final AuditRepository repository;
    private final Clock clock;

    AuditLog(AuditRepository repository) {
        this.repository = repository;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    public AuditRecord record(AuditEntry entry) {
        AuditRepository.Head head = repository.lockHead();
        long seq = head.lastSeq() + 1;
        OffsetDateTime at =
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        String before = AuditHashing.digest(entry.before());
        String after = AuditHashing.digest(entry.after());
        String detail = truncate(entry.detail());
        String hash = AuditHashing.hash(
                seq,
                at.toInstant(),
                entry.actor(),
                entry.action(),
                entry.targetType(),
                entry.targetId(),
                entry.unitId(),
                entry.outcome().name(),
                detail,
                before,
                after,
                head.lastHash());
        AuditRecord r = new AuditRecord(
                seq,
                at,
                entry.actor(),
                entry.action(),
                entry.targetType(),
                entry.targetId(),
                entry.unitId(),
                entry.outcome().name(),
                detail,
                before,
                after,
                head.lastHash(),
                hash);
        repository.append(r);
        return r;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public AuditRecord recordIndependently(AuditEntry entry) {
        return record(entry);
    }

    /** Walks the whole chain from the first entry and reports the first break, if any. */
    public ChainVerification verify() {
        return verify(VerifyProgress.NONE);
    }

    /**
     * Walks the chain from {@code progress.resumeAfterSeq()} (0 for the start) and reports the first break.
     * Batches are read in their own short transactions, so a long walk holds no lock.
     */
    public ChainVerification verify(VerifyProgress progress) {
        long total = repository.head().lastSeq();
        long from = progress.resumeAfterSeq();
        String prev = from == 0 ? AuditHashing.GENESIS : progress.resumeHash();
        long checked = from;
        List<AuditRecord> batch;
        while (!(batch = repository.batchFrom(from, VERIFY_BATCH)).isEmpty()) {
            for (AuditRecord r : batch) {
                if (r.seq() != checked + 1) {
                    return new ChainVerification(false, checked, checked + 1, "missing");
                }
                if (!r.prevHash().equals(prev)) {
                    return new ChainVerification(false, checked, r.seq(), "link");
                }
                if (!AuditHashing.hashOf(r).equals(r.hash())) {
                    return new ChainVerification(false, checked, r.seq(), "content");
                }
                prev = r.hash();
                checked++;
                from = r.seq();
            }
            progress.verified(from, prev, Math.max(total, from));
            if (progress.cancelled()) {
                return new ChainVerification(true, checked, null, "cancelled");
            }
        }
        AuditRepository.Head head = repository.head();
        if (head.lastSeq() > checked && !repository.batchFrom(checked, 1).isEmpty()) {
            // Entries were appended while we walked: verify those too.
            return verify(resumeFrom(progress, checked, prev));
        }
        if (head.lastSeq() != checked) {
            return new ChainVerification(false, checked, checked + 1, "missing");
        }
        if (!Objects.equals(head.lastHash(), prev)) {
            return new ChainVerification(false, checked, checked, "head");
        }
        return new ChainVerification(true, checked, null, null);
    }

    private static VerifyProgress resumeFrom(VerifyProgress outer, long seq, String hash) {
        return new VerifyProgress() {
            @Override
            public long resumeAfterSeq() {
                return seq;
            }

            @Override
            public String resumeHash() {
                return hash;
            }

            @Override
            public void verified(long lastSeq, String lastHash, long total) {
                outer.verified(lastSeq, lastHash, total);
            }

            @Override
            public boolean cancelled() {
                return outer.cancelled();
            }
        };
    }

    @Transactional(readOnly = true)
    public List<AuditRecord> search(
            @Nullable String actor,
            @Nullable String action,
            @Nullable String targetType,
            @Nullable String targetId,
            int page,
            int size) {
        return repository.search(
                blankToNull(actor),
                blankToNull(action),
                blankToNull(targetType),
                blankToNull(targetId),
                Math.max(page, 0) * size,
                size);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static @Nullable String truncate(@Nullable String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
