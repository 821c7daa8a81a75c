package vn.tochuc.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tochuc.appraisal.AppraisalFixtures.as;
import static vn.tochuc.appraisal.AppraisalFixtures.who;

import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tochuc.Browser;
import vn.tochuc.Sessions;
import vn.tochuc.appraisal.AppraisalFixtures.Who;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.Role;

/**
 * #11.5 in Chromium: 31/02/2025 typed in a date field and "abc" in a number field of the work-item form; the
 * submit brings the same form back with the typed text in place and the message beside the bad field, not the
 * generic "Lỗi 400" page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf("vn.tochuc.Browser#available")
class RefusedFormBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Appraisals appraisals;

    @Autowired
    CycleRepository cycleRows;

    @Autowired
    vn.tochuc.evaluation.PackSelection packSelection;

    @Autowired
    WorkItems work;

    @Autowired
    OrgDirectory org;

    @Test
    @DisplayName("#11.5 work-item form: bad number, then bad date, each named beside its field, typed text kept")
    void badNumberAndDate() throws Exception {
        long u = org.findByCode("ORGANIZATION", "DU-P-DONGHA").orElseThrow().id();
        Who staff = who(AppraisalFixtures.uniqueUser("staff"), u, Role.ORG_STAFF);
        String job = "Chuyên viên " + AppraisalFixtures.uniqueGroup();
        // a cycle of its own group, inserted directly (open() takes only the pack's groups, once per unit and month)
        Cycle c = new AppraisalFixtures.Opener(cycleRows, packSelection)
                .open(u, "MONTH", YearMonth.now(VnFormats.VIETNAM).toString(), "ND335", null);
        long member = as(
                staff, () -> appraisals.addMember(c.id(), "INDIVIDUAL", u, null, null, "admin", "Nguyễn Văn Thử", job));
        as(staff, () -> work.addProduct(job, "BC", "Báo cáo chuyên đề", "C", 2.0));

        try (Browser b = new Browser(port)) {
            b.login("admin", Sessions.ADMIN_PASSWORD);
            b.open("/appraisal/members/" + member + "/items");
            b.find("#a-title").sendKeys("Báo cáo năm");
            b.find("#a-qty").sendKeys("abc");
            b.find("#a-due").sendKeys("31/02/2025");
            WebElement form = b.find("#a-qty");
            form.submit();
            b.awaitReplaced(form);
            assertThat(b.driver().getTitle()).doesNotContain("Lỗi");
            assertThat(b.find("#a-qty").getDomProperty("value")).isEqualTo("abc");
            assertThat(b.find("#a-due").getDomProperty("value")).isEqualTo("31/02/2025");
            assertThat(b.find("#a-title").getDomProperty("value")).isEqualTo("Báo cáo năm");
            assertThat(b.find("#a-qty + #e-quantity").getText())
                    .contains("Số không hợp lệ")
                    .contains("abc");

            b.find("#a-qty").clear();
            b.find("#a-qty").sendKeys("3");
            WebElement again = b.find("#a-qty");
            again.submit();
            b.awaitReplaced(again);
            assertThat(b.find("#a-due").getDomProperty("value")).isEqualTo("31/02/2025");
            assertThat(b.find("#a-qty").getDomProperty("value")).isEqualTo("3");
            assertThat(b.find("#a-due + #e-due").getText())
                    .contains("Ngày không hợp lệ")
                    .contains("31/02/2025");
        }
        assertThat(as(staff, () -> work.items(member))).isEmpty();
    }
}
