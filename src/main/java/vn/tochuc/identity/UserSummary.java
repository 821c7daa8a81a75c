package vn.tochuc.identity;

import java.time.OffsetDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.tochuc.web.Role;

/** A user as listed on the admin pages and in the API: never the password hash. */
public record UserSummary(
        long id,
        String username,
        String fullName,
        @Nullable Long homeUnitId,
        @Nullable String homeUnitName,
        boolean globalScope,
        Set<Long> extraScopeUnitIds,
        Set<Role> roles,
        boolean enabled,
        @Nullable OffsetDateTime lockedUntil,
        @Nullable Long personId) {

    public boolean locked() {
        return lockedUntil != null && lockedUntil.isAfter(OffsetDateTime.now());
    }
}
