package vn.tochuc.identity;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.web.Role;

/** Test accounts bound to the demo units; names are unique per run so the shared database can be reused. */
final class IdentityFixtures {

    static final String PASSWORD = "Mat-khau-2026";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final Users users;
    private final AccountService accounts;
    private final OrgDirectory org;

    IdentityFixtures(Users users, AccountService accounts, OrgDirectory org) {
        this.users = users;
        this.accounts = accounts;
        this.org = org;
    }

    long unit(String code) {
        return org.findByCode("ORGANIZATION", code).orElseThrow().id();
    }

    /** Creates a user as the administrator would, scoped to the unit with {@code code}. */
    String userIn(String code, Role... roles) {
        String name = "t" + System.nanoTime() % 100000000 + "." + SEQ.incrementAndGet();
        asAdmin(() -> users.create(
                new NewUser(name, "Nguyễn Văn Thử", PASSWORD, unit(code), false, Set.of(), Set.of(roles))));
        return name;
    }

    void asAdmin(Runnable action) {
        var admin = accounts.loadUserByUsername("admin");
        var previous = SecurityContextHolder.getContext();
        var ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        SecurityContextHolder.setContext(ctx);
        try {
            action.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
