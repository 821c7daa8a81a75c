package vn.tochuc.identity;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.tochuc.web.FitsColumn;
import vn.tochuc.web.Role;

/**
 * The admin's form for an account; bound from the request, validated by {@link Users}. The home unit and the extra
 * scope are chosen with the organization module's unit picker, which posts the units' ids.
 */
public record UserAdminForm(
        @FitsColumn("idn_user.username") @Nullable String username,
        @FitsColumn("idn_user.full_name") @Nullable String fullName,
        @Nullable String password,
        @Nullable Long homeUnitId,
        @Nullable Boolean globalScope,
        @Nullable Set<Role> roles,
        @Nullable Set<Long> extraScope,
        @Nullable Boolean enabled) {

    boolean global() {
        return Boolean.TRUE.equals(globalScope);
    }

    boolean active() {
        return Boolean.TRUE.equals(enabled);
    }

    Set<Role> roleSet() {
        return roles == null ? Set.of() : roles;
    }

    Set<Long> scopeSet() {
        return extraScope == null ? Set.of() : extraScope;
    }

    static String text(@Nullable String s) {
        return s == null ? "" : s;
    }
}
