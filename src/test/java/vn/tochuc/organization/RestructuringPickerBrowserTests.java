package vn.tochuc.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.tochuc.Browser;
import vn.tochuc.TestPrincipals;
import vn.tochuc.identity.NewUser;
import vn.tochuc.identity.Users;
import vn.tochuc.shared.UnitScope;
import vn.tochuc.web.Role;

/**
 * Issue 11, point 15: a commune officer records a merger of two Party cells by finding them by name in the unit
 * pickers of the restructuring form (no code typed), and lands on the successor's page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf("vn.tochuc.Browser#available")
class RestructuringPickerBrowserTests {

    static final String PASSWORD = "Mat-khau-2026";

    @LocalServerPort
    int port;

    @Autowired
    Restructuring restructuring;

    @Autowired
    OrgDirectory org;

    @Autowired
    Users users;

    @Test
    @DisplayName("an officer records a merger by picking the units by name")
    void officerRecordsAMergerByPickingUnits() throws Exception {
        long camLo = org.findByCode("ORGANIZATION", "DU-X-CAMLO").orElseThrow().id();
        String u = Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
        List<Long> cells = OrgTestData.partyCells(
                restructuring,
                org,
                camLo,
                LocalDate.of(2026, 1, 1),
                "Chi bộ thôn Hà Xá " + u,
                "Chi bộ thôn An Bình " + u);
        long haXa = cells.get(0);
        long anBinh = cells.get(1);
        String officer = "can.bo.to.chuc." + System.nanoTime() % 100000;
        asAdmin(() -> users.create(
                new NewUser(officer, "Lê Thị Tổ Chức", PASSWORD, camLo, false, Set.of(), Set.of(Role.ORG_STAFF))));

        try (Browser b = new Browser(port)) {
            b.login(officer, PASSWORD);
            b.open("/organization/events/new?type=MERGE");
            b.find("#ev-on").sendKeys("01/11/2031");
            b.find("#ev-resno").sendKeys("15-NQ/ĐU");
            b.find("#ev-resdate").sendKeys("20/10/2031");

            // The two cells, found by name without accents and ticked; the first stays ticked across searches.
            b.find("#pick-units-q").sendKeys("ha xa " + u.toLowerCase(java.util.Locale.ROOT));
            b.await(d -> !d.findElements(By.cssSelector("#pick-units-options input[value='#" + haXa + "']"))
                    .isEmpty());
            assertThat(b.find("#pick-units-options").getText()).contains("Chi bộ thôn Hà Xá " + u, "Đảng bộ xã Cam Lộ");
            b.find("#pick-units-options input[value='#" + haXa + "']").click();
            b.find("#pick-units-q").clear();
            b.find("#pick-units-q").sendKeys("an binh " + u.toLowerCase(java.util.Locale.ROOT));
            b.await(d -> !d.findElements(By.cssSelector("#pick-units-options input[value='#" + anBinh + "']"))
                    .isEmpty());
            assertThat(b.find("#pick-units-options input[value='#" + haXa + "']")
                            .isSelected())
                    .isTrue();
            b.find("#pick-units-options input[value='#" + anBinh + "']").click();

            b.find("#pick-target-q").sendKeys("an binh " + u.toLowerCase(java.util.Locale.ROOT));
            b.await(d -> !d.findElements(By.cssSelector("#pick-target-options input[value='#" + anBinh + "']"))
                    .isEmpty());
            b.find("#pick-target-options input[value='#" + anBinh + "']").click();
            b.find("#ev-name").sendKeys("Chi bộ thôn Hà Xá - An Bình " + u);
            b.find("#event-submit").click();

            b.await(d -> d.getCurrentUrl().contains("/organization/units/" + anBinh));
            b.await(d -> d.findElement(By.id("unit-name")).getText().contains("Chi bộ thôn Hà Xá - An Bình " + u));
        }
        assertThat(org.events(haXa))
                .anyMatch(e -> e.type().equals("MERGE")
                        && e.effectiveOn().equals(LocalDate.of(2031, 11, 1))
                        && e.createdBy().equals(officer)
                        && e.withRole("PREDECESSOR").stream().anyMatch(p -> p.unitId() == haXa)
                        && e.withRole("SUCCESSOR").stream().anyMatch(p -> p.unitId() == anBinh));
    }

    private static void asAdmin(Runnable action) {
        var admin = new TestPrincipals.User(1, "admin", "admin", Set.of(Role.ADMIN), null, UnitScope.everything());
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        admin, "n/a", List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
