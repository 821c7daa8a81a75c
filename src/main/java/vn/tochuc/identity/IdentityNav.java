package vn.tochuc.identity;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.tochuc.web.NavContribution;
import vn.tochuc.web.NavItem;
import vn.tochuc.web.Role;

@Component
class IdentityNav implements NavContribution {

    @Override
    public List<NavItem> navItems() {
        return List.of(
                new NavItem("nav.users", "/admin/users", 800, Set.of(Role.ADMIN)),
                new NavItem("nav.account", "/account", 980, Set.of()));
    }
}
