package vn.tochuc.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tochuc.appraisal.AppraisalFixtures.as;
import static vn.tochuc.appraisal.AppraisalFixtures.run;
import static vn.tochuc.appraisal.AppraisalFixtures.who;

import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tochuc.Browser;
import vn.tochuc.appraisal.AppraisalFixtures.Who;
import vn.tochuc.evaluation.Grade;
import vn.tochuc.identity.NewUser;
import vn.tochuc.identity.Users;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.shared.UnitScope;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.Role;

/**
 * Issue 11 item 16: a real Chromium signs in as an officer and finds on the home page what waits for them (the
 * badge's list), the cycle in progress and the figures of their scope, then as a self-service cadre of the same
 * unit and finds only their own self-assessment waiting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf("vn.tochuc.Browser#available")
class HomeBrowserTests {

    static final String PASSWORD = "Mat-khau-2026";

    @LocalServerPort
    int port;

    @Autowired
    Appraisals appraisals;

    @Autowired
    CycleRepository cycleRows;

    @Autowired
    vn.tochuc.evaluation.PackSelection packSelection;

    @Autowired
    OrgDirectory org;

    @Autowired
    Users users;

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName(
            "the officer's home page shows the waiting steps, the cycle and the figures; the cadre's only their own")
    void officerAndCadreHomePages() throws Exception {
        long unit = AppraisalFixtures.testUnit(
                jdbc,
                org.findByCode("ORGANIZATION", "DU-P-DONGHA").orElseThrow().id());
        String officer = AppraisalFixtures.uniqueUser("cbtc");
        String cadre = AppraisalFixtures.uniqueUser("cbtp");
        Who admin = new Who("admin", UnitScope.everything(), Set.of(Role.ADMIN));
        as(
                admin,
                () -> users.create(new NewUser(
                        officer,
                        "Nguyễn Thị Tổ Chức",
                        PASSWORD,
                        unit,
                        false,
                        Set.of(),
                        Set.of(Role.ORG_STAFF, Role.UNIT_HEAD, Role.COMMITTEE))));
        as(
                admin,
                () -> users.create(
                        new NewUser(cadre, "Phan Văn Tự Phục", PASSWORD, unit, false, Set.of(), Set.of(Role.CADRE))));
        Cycle cycle = new AppraisalFixtures.Opener(cycleRows, packSelection)
                .open(unit, "MONTH", YearMonth.now(VnFormats.VIETNAM).toString(), "ND335", null);
        Who boss = who(officer, unit, Role.ORG_STAFF, Role.UNIT_HEAD, Role.COMMITTEE);
        Who other = who(AppraisalFixtures.uniqueUser("cbkhac"), unit, Role.CADRE);
        as(
                boss,
                () -> appraisals.addMember(
                        cycle.id(), "INDIVIDUAL", unit, null, null, cadre, "Phan Văn Tự Phục", "Chuyên viên"));
        long submitted = as(
                boss,
                () -> appraisals.addMember(
                        cycle.id(), "INDIVIDUAL", unit, null, null, other.username(), "Phạm Văn Khác", "Chuyên viên"));
        run(other, () -> appraisals.selfAssess(submitted, 80, Grade.HTTNV, "", true));
        String label = "Tháng " + cycle.periodCode();

        try (Browser b = new Browser(port)) {
            b.login(officer, PASSWORD);
            b.await(d -> d.getCurrentUrl().endsWith("/dashboard"));
            assertThat(b.find("h1").getText()).contains("Xin chào");
            assertThat(b.find("#home-waiting").getText())
                    .contains("Việc đang chờ bạn", label, "Nhận xét, đề xuất: 1")
                    .doesNotContain("Tự đánh giá:");
            assertThat(b.find(".side .badge").getText()).isEqualTo("1");
            assertThat(b.find("#home-cycles").getText())
                    .contains(label, "1/2 đã tự đánh giá · 0/2 đã xếp loại", "Chi bộ thử");
            assertThat(b.find("#home-units").getText()).contains("Cơ quan, tổ chức đang hoạt động", "1");
            assertThat(b.find("#home-people").getText()).contains("Hồ sơ cán bộ, công chức", "Chờ bố trí");
            assertThat(b.driver().findElements(By.cssSelector("main .tiles"))).isEmpty();

            b.find("#home-cycles a[href='/appraisal/cycles/" + cycle.id() + "']")
                    .click();
            b.await(d -> d.getCurrentUrl().endsWith("/appraisal/cycles/" + cycle.id()));
            assertThat(b.driver().getPageSource()).contains("Phạm Văn Khác");
        }

        try (Browser b = new Browser(port)) {
            b.login(cadre, PASSWORD);
            b.await(d -> d.getCurrentUrl().endsWith("/dashboard"));
            assertThat(b.find("#home-waiting").getText())
                    .contains(label, "Tự đánh giá: 1")
                    .doesNotContain("Nhận xét, đề xuất:", "Quyết định xếp loại:");
            for (String panel : new String[] {"home-cycles", "home-units", "home-people"}) {
                assertThat(b.driver().findElements(By.id(panel))).as(panel).isEmpty();
            }
            assertThat(b.find("main").getText()).doesNotContain("Phạm Văn Khác", "Chờ bố trí");

            b.find("#home-waiting a[href='/appraisal/mine']").click();
            b.await(d -> d.getCurrentUrl().endsWith("/appraisal/mine"));
            assertThat(b.find("main").getText()).contains("Phan Văn Tự Phục", "Nộp bản tự đánh giá");
        }
    }
}
