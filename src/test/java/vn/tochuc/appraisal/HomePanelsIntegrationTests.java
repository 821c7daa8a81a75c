package vn.tochuc.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static vn.tochuc.appraisal.AppraisalFixtures.who;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.tochuc.HomePages;
import vn.tochuc.appraisal.AppraisalFixtures.Who;
import vn.tochuc.appraisal.AppraisalScenario.Person;
import vn.tochuc.evaluation.Grade;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.Role;

/**
 * Issue 11 item 16: the home page shows what waits for the user (the badge's list) and the cycles in progress in
 * their scope; a self-service cadre sees only their own self-assessment waiting, no cycle page and nobody else's.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HomePanelsIntegrationTests {

    @Autowired
    Appraisals appraisals;

    @Autowired
    CycleRepository cycleRows;

    @Autowired
    vn.tochuc.evaluation.PackSelection packSelection;

    @Autowired
    OrgDirectory org;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    String home(Who who) throws Exception {
        return HomePages.home(mvc, authentication(AppraisalPagesIntegrationTests.token(who)));
    }

    @Test
    @DisplayName("an officer sees the steps waiting and the cycle in progress; a cadre only their own self-assessment")
    void waitingAndCyclesOnTheHomePage() throws Exception {
        long unit = AppraisalFixtures.testUnit(
                jdbc,
                org.findByCode("ORGANIZATION", "DU-P-DONGHA").orElseThrow().id());
        var b = AppraisalScenario.build(
                appraisals,
                new AppraisalFixtures.Opener(cycleRows, packSelection),
                unit,
                "MONTH",
                YearMonth.now(VnFormats.VIETNAM).toString(),
                Grade.HTTNV,
                List.of(
                        new Person("Lê Văn Nộp", Grade.HTTNV, null, null),
                        new Person("Trần Thị Nhận", Grade.HTTNV, Grade.HTTNV, null),
                        new Person("Ngô Văn Chưa", null, null, null)));
        long cycle = b.cycle().id();
        String label = "Tháng " + b.cycle().periodCode() + " · ";
        Who officer = who(AppraisalFixtures.uniqueUser("home"), unit, Role.ORG_STAFF, Role.UNIT_HEAD, Role.COMMITTEE);

        String page = home(officer);
        String waiting = HomePages.panel(page, "waiting").orElseThrow();
        assertThat(waiting)
                .contains("Việc đang chờ bạn")
                .contains(label)
                .contains("Nhận xét, đề xuất: 1", "Quyết định xếp loại: 1")
                .contains("href=\"/appraisal/queue\"")
                .contains("href=\"/appraisal/waiting\"");
        String cycles = HomePages.panel(page, "cycles").orElseThrow();
        assertThat(cycles)
                .contains("Kỳ đánh giá đang diễn ra")
                .contains("href=\"/appraisal/cycles/" + cycle + "\"")
                .contains("3/4 đã tự đánh giá · 1/4 đã xếp loại")
                .contains("Chi bộ thử")
                .contains("hạn " + VnFormats.date(b.cycle().deadline()));

        Who cadre = b.people().get(2);
        String own = home(cadre);
        String ownWaiting = HomePages.panel(own, "waiting").orElseThrow();
        assertThat(ownWaiting)
                .contains(label)
                .contains("Tự đánh giá: 1")
                .contains("href=\"/appraisal/mine\"")
                .doesNotContain("Nhận xét, đề xuất:", "Quyết định xếp loại:", "/appraisal/queue");
        assertThat(HomePages.panel(own, "cycles"))
                .as("cycle pages are for staff")
                .isEmpty();
        assertThat(own).doesNotContain("/appraisal/cycles/" + cycle, "Lê Văn Nộp", "Trần Thị Nhận");

        Who done = b.people().get(0);
        assertThat(HomePages.panel(home(done), "waiting").orElseThrow())
                .as("submitted: nothing waits")
                .contains("Không có việc nào đang chờ bạn.")
                .doesNotContain(label);
    }
}
