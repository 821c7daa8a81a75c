package vn.tochuc.identity;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.tochuc.web.Role;

/** What it takes to create an account. */
public record NewUser(
        String username,
        String fullName,
        String password,
        @Nullable Long homeUnitId,
        boolean globalScope,
        Set<Long> extraScopeUnitIds,
        Set<Role> roles) {

    public NewUser {
        extraScopeUnitIds = Set.copyOf(extraScopeUnitIds);
        roles = Set.copyOf(roles);
    }
}
