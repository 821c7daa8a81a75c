package vn.tochuc.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.tochuc.HomePages;
import vn.tochuc.TestPrincipals;
import vn.tochuc.shared.UnitScope;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.Role;

/** Issue 11 item 16: the home page gives staff the units in force in their scope; a self-service cadre gets none. */
@SpringBootTest
@AutoConfigureMockMvc
class UnitFiguresPanelTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrgDirectory directory;

    @Autowired
    OrgUnitRepository unitRows;

    String home(RequestPostProcessor user) throws Exception {
        return HomePages.home(mvc, user);
    }

    @Test
    @DisplayName(
            "an officer scoped to a district sees the units in force there, a cadre of the province sees no figure")
    void unitsInForceInScope() throws Exception {
        long district = directory
                .findByCode("ORGANIZATION", "DU-P-DONGHA")
                .orElseThrow()
                .id();
        long inForce = directory.subtreeAsOf(district, OrgClock.today()).size();
        long everyUnitBelow = directory.subtreeIds(district).size();

        String panel = HomePages.panel(
                        home(TestPrincipals.as("home-units", UnitScope.of(Set.of(district)), Role.ORG_STAFF)), "units")
                .orElseThrow();
        assertThat(panel)
                .contains("Đơn vị trong phạm vi của bạn")
                .contains("Cơ quan, tổ chức đang hoạt động")
                .contains("href=\"/organization/units?tree=ORGANIZATION\">" + VnFormats.number(inForce) + "<")
                .doesNotContain("Đơn vị hành chính đang có hiệu lực");
        assertThat(inForce).as("the test counts something").isPositive().isLessThanOrEqualTo(everyUnitBelow);

        String global = HomePages.panel(
                        home(TestPrincipals.as("home-admin", UnitScope.everything(), Role.ADMIN)), "units")
                .orElseThrow();
        long provinceWide = unitRows.roots().stream()
                .filter(r -> r.tree().equals("ORGANIZATION"))
                .mapToLong(r -> directory.subtreeAsOf(r.id(), OrgClock.today()).size())
                .sum();
        assertThat(global)
                .contains("href=\"/organization/units?tree=ORGANIZATION\">" + VnFormats.number(provinceWide) + "<");
        assertThat(provinceWide).isGreaterThan(inForce);

        long province =
                directory.findByCode("ORGANIZATION", "TU-QT").orElseThrow().id();
        String cadre = home(TestPrincipals.as("home-cadre", UnitScope.of(Set.of(province)), Role.CADRE));
        assertThat(HomePages.panel(cadre, "units")).isEmpty();
        assertThat(cadre).doesNotContain("/organization/units");
    }
}
