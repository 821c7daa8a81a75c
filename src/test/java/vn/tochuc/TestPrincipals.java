package vn.tochuc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.tochuc.shared.UnitScope;
import vn.tochuc.web.Role;
import vn.tochuc.web.ScopedPrincipal;

/** A signed-in user with given roles and unit scope for MockMvc requests, without a row in the users table. */
public final class TestPrincipals {

    /** The principal as the application sees it. */
    public record User(
            long userId,
            String username,
            String displayName,
            Set<Role> roles,
            @Nullable Long homeUnitId,
            UnitScope scope,
            @Nullable Long personId)
            implements ScopedPrincipal, java.security.Principal {

        public User(
                long userId,
                String username,
                String displayName,
                Set<Role> roles,
                @Nullable Long homeUnitId,
                UnitScope scope) {
            this(userId, username, displayName, roles, homeUnitId, scope, null);
        }

        @Override
        public String getName() {
            return username;
        }
    }

    private TestPrincipals() {}

    public static RequestPostProcessor as(String username, UnitScope scope, Role... roles) {
        return as(username, scope, null, roles);
    }

    /** A user whose account is linked to the person record {@code personId} ("my record"). */
    public static RequestPostProcessor as(String username, UnitScope scope, @Nullable Long personId, Role... roles) {
        User u = new User(9, username, username, Set.of(roles), null, scope, personId);
        return authentication(new UsernamePasswordAuthenticationToken(
                u,
                "n/a",
                Set.of(roles).stream()
                        .map(r -> new SimpleGrantedAuthority(r.authority()))
                        .toList()));
    }
}
