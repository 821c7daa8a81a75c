package vn.tochuc.appraisal;

import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.tochuc.web.CurrentUser;
import vn.tochuc.web.NavContribution;
import vn.tochuc.web.NavItem;
import vn.tochuc.web.Role;

@Component
class AppraisalNav implements NavContribution {

    private final ObjectProvider<Waiting> waiting;

    AppraisalNav(ObjectProvider<Waiting> waiting) {
        this.waiting = waiting;
    }

    @Override
    public List<NavItem> navItems() {
        // What waits for the signed-in user, as a badge (issue 6 item 8); never fails a page.
        Long badge = CurrentUser.get().isPresent() ? waiting.getObject().badge() : null;
        return List.of(
                new NavItem("appr.waiting", "/appraisal/waiting", 309, Set.of(), badge),
                new NavItem(
                        "appr.nav",
                        "/appraisal/cycles",
                        310,
                        Set.of(Role.ADMIN, Role.ORG_STAFF, Role.UNIT_HEAD, Role.COMMITTEE)),
                new NavItem("appr.queue", "/appraisal/queue", 311, Set.of()),
                new NavItem("appr.mine", "/appraisal/mine", 312, Set.of()),
                new NavItem("appr.dash", "/appraisal/dashboard", 313, Set.of()));
    }
}
