package vn.tochuc.web;

import java.util.Set;

/** A link in the back-office navigation, shown to users holding any of {@code roles} (all when empty). */
public record NavItem(String messageKey, String href, int order, Set<Role> roles) {

    public NavItem {
        roles = Set.copyOf(roles);
    }

    boolean visibleTo(Set<Role> userRoles) {
        return roles.isEmpty() || roles.stream().anyMatch(userRoles::contains);
    }
}
