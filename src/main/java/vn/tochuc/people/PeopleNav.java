package vn.tochuc.people;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.tochuc.web.NavContribution;
import vn.tochuc.web.NavItem;

@Component
class PeopleNav implements NavContribution {

    @Override
    public List<NavItem> navItems() {
        return List.of(new NavItem("nav.people", "/people", 200, Set.of()));
    }
}
