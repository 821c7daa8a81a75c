package vn.tochuc.identity;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.audit.AuditEntry;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.people.DemoPeopleLoaded;
import vn.tochuc.shared.Texts;
import vn.tochuc.web.Role;

/**
 * Demo profile: once the demo people exist, the self-service account {@code canbo.demo} (role CADRE only, home
 * unit the province) linked to the first demo record, with {@code TOCHUC_DEMO_CADRE_PASSWORD} or a random
 * password printed once to the console. Never a default password.
 */
@Component
@ConditionalOnProperty(name = "tochuc.demo.enabled", havingValue = "true")
class IdentityDemoData {

    static final String CADRE = "canbo.demo";
    private static final Logger log = LoggerFactory.getLogger(IdentityDemoData.class);

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final OrgDirectory org;
    private final AuditLog audit;
    private final String configured;

    IdentityDemoData(
            UserRepository users,
            PasswordEncoder encoder,
            OrgDirectory org,
            AuditLog audit,
            @Value("${tochuc.demo.cadre-password:}") String configured) {
        this.users = users;
        this.encoder = encoder;
        this.org = org;
        this.audit = audit;
        this.configured = configured;
    }

    @EventListener
    @Transactional
    public void onDemoPeople(DemoPeopleLoaded loaded) {
        var province = org.findByCode("ORGANIZATION", "TU-QT");
        if (users.exists(CADRE)
                || province.isEmpty()
                || users.userOfPerson(loaded.firstPersonId()).isPresent()) {
            return;
        }
        String password = configured.isBlank() ? AdminBootstrap.randomPassword() : configured;
        long id = users.insert(
                CADRE,
                Texts.vi("identity.demo.cadre.display-name"),
                encoder.encode(password),
                province.get().id(),
                false);
        users.replaceRoles(id, Set.of(Role.CADRE));
        users.updatePerson(id, loaded.firstPersonId());
        audit.record(AuditEntry.write(
                "system",
                "USER_CREATE",
                "USER",
                id,
                province.get().id(),
                null,
                "username=" + CADRE + ";person=" + loaded.firstPersonId(),
                "demo self-service account"));
        if (configured.isBlank()) {
            // Printed once: it is not stored anywhere in plain text.
            log.warn(Texts.vi("identity.demo.cadre.created-banner"), CADRE, password);
        }
    }
}
