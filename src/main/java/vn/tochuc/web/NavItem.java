package vn.tochuc.web;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A link in the back-office navigation, shown to users holding any of {@code roles} (all when empty), with an
 * optional {@code badge} count (for example what waits for the user) computed when the navigation is built.
 */
public record NavItem(
        String messageKey,
        String href,
        int order,
        Set<Role> roles,
        @Nullable Long badge) {

    public NavItem {
        roles = Set.copyOf(roles);
    }

    public NavItem(String messageKey, String href, int order, Set<Role> roles) {
        this(messageKey, href, order, roles, null);
    }

    boolean visibleTo(Set<Role> userRoles) {
        return roles.isEmpty() || roles.stream().anyMatch(userRoles::contains);
    }
}
