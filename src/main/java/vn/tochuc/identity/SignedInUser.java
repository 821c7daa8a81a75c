package vn.tochuc.identity;

import java.io.Serializable;
import java.util.Collection;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.tochuc.shared.UnitScope;
import vn.tochuc.web.Role;
import vn.tochuc.web.ScopedPrincipal;

/** The principal of a signed-in user: roles, home unit and scope are fixed for the session. */
final class SignedInUser implements UserDetails, CredentialsContainer, ScopedPrincipal, Serializable {

    private final long userId;
    private final String username;
    private final String displayName;
    private @Nullable String passwordHash;
    private final Set<Role> roles;
    private final @Nullable Long homeUnitId;
    private final UnitScope scope;
    private final @Nullable Long personId;
    private final boolean enabled;
    private final boolean locked;

    SignedInUser(UserRow row, Set<Role> roles, UnitScope scope, boolean locked) {
        this.userId = row.id();
        this.username = row.username();
        this.displayName = row.fullName();
        this.passwordHash = row.passwordHash();
        this.roles = Set.copyOf(roles);
        this.homeUnitId = row.homeUnitId();
        this.scope = scope;
        this.personId = row.personId();
        this.enabled = row.enabled();
        this.locked = locked;
    }

    @Override
    public long userId() {
        return userId;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Set<Role> roles() {
        return roles;
    }

    @Override
    public @Nullable Long homeUnitId() {
        return homeUnitId;
    }

    @Override
    public UnitScope scope() {
        return scope;
    }

    @Override
    public @Nullable Long personId() {
        return personId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignedInUser other && other.userId == userId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }

    @Override
    public String toString() {
        return username;
    }
}
