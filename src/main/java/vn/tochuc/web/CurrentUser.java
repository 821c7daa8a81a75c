package vn.tochuc.web;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.tochuc.shared.UnitScope;

/** Reads the signed-in user from the security context. Anonymous callers see nothing. */
public final class CurrentUser {

    private CurrentUser() {}

    public static Optional<ScopedPrincipal> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ScopedPrincipal p) {
            return Optional.of(p);
        }
        return Optional.empty();
    }

    /** The scope of the signed-in user; nothing for anonymous callers. */
    public static UnitScope scope() {
        return get().map(ScopedPrincipal::scope).orElse(UnitScope.nothing());
    }

    /** The user name for audit entries: the signed-in user, or {@code "anonymous"}. */
    public static String name() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "anonymous" : auth.getName();
    }

    public static boolean has(Role role) {
        return get().map(p -> p.roles().contains(role)).orElse(false);
    }

    /**
     * The one role check below the URL rules (docs/adr/0011-roles-and-pages.md): throws {@link AccessDeniedException}
     * (answered with the Vietnamese 403 and written to the audit log) unless the user holds one of {@code anyOf}.
     * Services and controllers call it first thing; ownership ("their own record") is checked beside it, not with it.
     */
    public static void require(Role... anyOf) {
        for (Role r : anyOf) {
            if (has(r)) {
                return;
            }
        }
        throw new AccessDeniedException(java.util.Arrays.toString(anyOf) + " required");
    }

    /** {@link #require} with every role of {@link Role#STAFF}. */
    public static void requireStaff() {
        if (!staff()) {
            throw new AccessDeniedException("a staff role required");
        }
    }

    /** Whether the user holds any role of {@link Role#STAFF}: may read other people's records in scope. */
    public static boolean staff() {
        return get().map(p -> p.roles().stream().anyMatch(Role.STAFF::contains)).orElse(false);
    }

    /** The signed-in user's own person record, when the account is linked to one. */
    public static Optional<Long> personId() {
        return get().map(ScopedPrincipal::personId);
    }

    /** Whether {@code personId} is the signed-in user's own record. */
    public static boolean isOwnRecord(long personId) {
        return personId().filter(id -> id == personId).isPresent();
    }
}
