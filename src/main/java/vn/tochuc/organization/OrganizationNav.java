package vn.tochuc.organization;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.tochuc.web.NavContribution;
import vn.tochuc.web.NavItem;
import vn.tochuc.web.Role;

@Component
class OrganizationNav implements NavContribution {

    @Override
    public List<NavItem> navItems() {
        return List.of(
                new NavItem("nav.units", "/organization/units", 100, Role.STAFF),
                new NavItem("nav.orgReports", "/organization/reports/reductions", 101, Role.STAFF));
    }
}
