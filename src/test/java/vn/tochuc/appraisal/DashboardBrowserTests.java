package vn.tochuc.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tochuc.Browser;
import vn.tochuc.Sessions;
import vn.tochuc.appraisal.AppraisalScenario.Person;
import vn.tochuc.evaluation.Grade;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.shared.VnFormats;

/** A real Chromium draws the three dashboard charts from their JSON (static/js/appraisal.js, no inline script). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf("vn.tochuc.Browser#available")
class DashboardBrowserTests {

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

    @Test
    @DisplayName("The dashboard draws grades by unit and period, completion and the trend as ECharts canvases")
    void chartsDrawn() throws Exception {
        long u = org.findByCode("ORGANIZATION", "DU-P-DONGHA").orElseThrow().id();
        var b = AppraisalScenario.build(
                appraisals,
                new AppraisalFixtures.Opener(cycleRows, packSelection),
                u,
                "MONTH",
                YearMonth.now(VnFormats.VIETNAM).toString(),
                Grade.HTTNV,
                List.of(
                        new Person("Hoàng Văn Biểu", Grade.HTTNV, Grade.HTTNV, Grade.HTTNV),
                        new Person("Đỗ Thị Đồ", Grade.HTNV, null, null)));
        try (Browser browser = new Browser(port)) {
            browser.login("admin", Sessions.ADMIN_PASSWORD);
            browser.open("/appraisal/dashboard?cycle=" + b.cycle().id());
            for (String kind : List.of("grades", "completion", "trend")) {
                browser.await(d -> !d.findElements(By.cssSelector(".chart[data-chart=" + kind + "] canvas"))
                        .isEmpty());
            }
            assertThat(browser.driver().findElements(By.cssSelector(".chart canvas")))
                    .hasSizeGreaterThanOrEqualTo(4);
            assertThat(browser.find("main").getText()).contains("Tiến độ hoàn thành kỳ theo đơn vị");
            assertThat(browser.find(".side").getText()).contains("Việc chờ và hạn");
        }
    }
}
