package vn.tochuc.appraisal;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.tochuc.web.NavContribution;
import vn.tochuc.web.NavItem;
import vn.tochuc.web.Role;

@Component
class AppraisalNav implements NavContribution {

    @Override
    public List<NavItem> navItems() {
        return List.of(new NavItem("appr.nav", "/appraisal/cycles", 310, Set.of(Role.ADMIN, Role.ORG_STAFF,
                        Role.UNIT_HEAD, Role.COMMITTEE)),
                new NavItem("appr.queue", "/appraisal/queue", 311, Set.of()),
                new NavItem("appr.mine", "/appraisal/mine", 312, Set.of()));
    }
}
