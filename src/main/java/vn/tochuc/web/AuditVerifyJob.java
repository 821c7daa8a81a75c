package vn.tochuc.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.audit.ChainVerification;
import vn.tochuc.audit.VerifyProgress;

/**
 * The example long job: verifies the audit chain batch by batch. Its checkpoint is "seq:hash" of the last
 * verified entry, so a cancelled or interrupted run resumes there instead of starting over.
 */
@Component
class AuditVerifyJob implements JobHandler {

    static final String KIND = "audit-verify";

    private final AuditLog audit;
    private final MessageSource messages;

    AuditVerifyJob(AuditLog audit, MessageSource messages) {
        this.audit = audit;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(JobContext job) {
        String cp = job.checkpoint();
        long resumeSeq = cp == null ? 0 : Long.parseLong(cp.substring(0, cp.indexOf(':')));
        String resumeHash = cp == null ? "" : cp.substring(cp.indexOf(':') + 1);
        ChainVerification result = audit.verify(new VerifyProgress() {
            @Override
            public long resumeAfterSeq() {
                return resumeSeq;
            }

            @Override
            public String resumeHash() {
                return resumeHash;
            }

            @Override
            public void verified(long lastSeq, String lastHash, long total) {
                job.total(total);
                job.progress(lastSeq, null);
                job.checkpoint(lastSeq + ":" + lastHash);
            }

            @Override
            public boolean cancelled() {
                return job.cancelled();
            }
        });
        var locale = LocaleContextHolder.getLocale();
        job.result(
                result.intact()
                        ? messages.getMessage("audit.chain.intact", new Object[] {result.entriesChecked()}, locale)
                        : messages.getMessage("audit.chain.broken", new Object[] {result.brokenAtSeq()}, locale));
    }
}
