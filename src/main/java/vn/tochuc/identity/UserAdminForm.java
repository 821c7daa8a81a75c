package vn.tochuc.identity;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.tochuc.web.FitsColumn;
import vn.tochuc.web.Role;

/** The admin's form for an account; bound from the request, validated by {@link Users}. */
public record UserAdminForm(
        @FitsColumn("idn_user.username") @Nullable String username,
        @FitsColumn("idn_user.full_name") @Nullable String fullName,
        @Nullable String password,
        @Nullable Long homeUnitId,
        @Nullable Long homeUnitPick,
        @Nullable Boolean globalScope,
        @Nullable Set<Role> roles,
        @Nullable Set<Long> extraScope,
        @Nullable Boolean enabled) {

    /** The unit chosen in the picker wins over the number typed (the field for use without JavaScript). */
    @Nullable
    Long homeUnit() {
        return homeUnitPick != null ? homeUnitPick : homeUnitId;
    }

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
