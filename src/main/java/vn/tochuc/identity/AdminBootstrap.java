package vn.tochuc.identity;

import java.security.SecureRandom;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.audit.AuditEntry;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.shared.Texts;
import vn.tochuc.web.Role;

/**
 * On first start, creates the user {@code admin} with {@code TOCHUC_ADMIN_PASSWORD}, or with a random
 * password printed once to the console when that is unset. There is never a default password.
 */
@Component
@Order(100)
class AdminBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final String configured;

    AdminBootstrap(
            UserRepository users,
            PasswordEncoder encoder,
            AuditLog audit,
            @Value("${tochuc.admin-password:}") String configured) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.configured = configured;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.exists(ADMIN)) {
            return;
        }
        String password = configured.isBlank() ? randomPassword() : configured;
        long id = users.insert(ADMIN, Texts.vi("identity.admin.display-name"), encoder.encode(password), null, true);
        users.replaceRoles(id, Set.of(Role.ADMIN, Role.ORG_STAFF));
        audit.record(
                AuditEntry.write("system", "USER_CREATE", "USER", id, null, null, "username=admin", "first start"));
        if (configured.isBlank()) {
            // Printed once: it is not stored anywhere in plain text.
            log.warn(Texts.vi("identity.admin.created-banner"), password);
        } else {
            log.info("Administrator account 'admin' created with the password from TOCHUC_ADMIN_PASSWORD");
        }
    }

    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.append(random.nextInt(10)).toString();
    }
}
