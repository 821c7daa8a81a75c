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
        return List.of(new NavItem("nav.people", "/people", 200, Set.of()),
                new NavItem("people.pending", "/people/pending", 201, Set.of(Role.ORG_STAFF)));
    }
}
