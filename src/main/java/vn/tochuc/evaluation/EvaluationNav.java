package vn.tochuc.evaluation;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.tochuc.web.NavContribution;
import vn.tochuc.web.NavItem;
import vn.tochuc.web.Role;

@Component
class EvaluationNav implements NavContribution {

    @Override
    public List<NavItem> navItems() {
        return List.of(new NavItem(
                "nav.evaluation", "/evaluation/packs", 300, Set.of(Role.ADMIN, Role.ORG_STAFF, Role.COMMITTEE)));
    }
}
