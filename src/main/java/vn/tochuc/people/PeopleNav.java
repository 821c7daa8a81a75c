package vn.tochuc.people;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.tochuc.web.NavContribution;
import vn.tochuc.web.NavItem;
import vn.tochuc.web.Role;

@Component
class PeopleNav implements NavContribution {

    @Override
    public List<NavItem> navItems() {
        // Staff read people in scope; a self-service cadre's "/people" is their own record.
        Set<Role> readers = new java.util.HashSet<>(Role.STAFF);
        readers.add(Role.CADRE);
        return List.of(
                new NavItem("nav.people", "/people", 200, readers),
                new NavItem("people.pending", "/people/pending", 201, Set.of(Role.ORG_STAFF)));
    }
}
