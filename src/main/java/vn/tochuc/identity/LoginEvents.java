package vn.tochuc.identity;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.audit.AuditEntry;
import vn.tochuc.audit.AuditLog;

/**
 * Counts failed logins and locks an account for a while after too many (settings
 * {@code tochuc.security.lockout.*}); records every login and every failure in the audit log.
 */
@Component
class LoginEvents {

    private final UserRepository users;
    private final AuditLog audit;
    private final int maxAttempts;
    private final Duration lockFor;

    LoginEvents(
            UserRepository users,
            AuditLog audit,
            @Value("${tochuc.security.lockout.max-attempts:5}") int maxAttempts,
            @Value("${tochuc.security.lockout.duration:15m}") Duration lockFor) {
        this.users = users;
        this.audit = audit;
        this.maxAttempts = maxAttempts;
        this.lockFor = lockFor;
    }

    @EventListener
    @Transactional
    void failed(AbstractAuthenticationFailureEvent event) {
        String name = String.valueOf(event.getAuthentication().getName());
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            users.recordFailure(name, maxAttempts, OffsetDateTime.now().plus(lockFor));
        }
        audit.recordIndependently(new AuditEntry(
                name,
                "LOGIN",
                "USER",
                name,
                null,
                AuditEntry.Outcome.FAILED,
                event.getException().getClass().getSimpleName(),
                null,
                null));
    }

    @EventListener
    @Transactional
    void succeeded(AuthenticationSuccessEvent event) {
        String name = event.getAuthentication().getName();
        users.recordSuccess(name);
        if (!isApiCall()) {
            audit.record(new AuditEntry(name, "LOGIN", "USER", name, null, AuditEntry.Outcome.OK, null, null, null));
        }
    }

    /** API calls authenticate on every request; logging each would drown the log. */
    private static boolean isApiCall() {
        var attrs = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        return attrs instanceof org.springframework.web.context.request.ServletRequestAttributes s
                && s.getRequest().getRequestURI().startsWith("/api/");
    }
}
