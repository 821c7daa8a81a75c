package vn.tochuc.web;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * Issue 11 item 16: the home page shows the panels of the modules, not a copy of the menu; here the long jobs in
 * progress and the last runs, the user's own only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HomePageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JobRepository jobs;

    String home(RequestPostProcessor user) throws Exception {
        return HomePages.home(mvc, user);
    }

    @Test
    @DisplayName("an officer sees their job running with its progress and the last runs; a cadre sees none of them")
    void jobsInProgress() throws Exception {
        String officer = "home.officer." + System.nanoTime() % 100000;
        String cadre = "home.cadre." + System.nanoTime() % 100000;
        long running = jobs.insert("test-home", officer, "Chấm điểm kỳ thử " + officer, "");
        jobs.save(running, JobStatus.RUNNING, 200, 80, null, null, null);
        long done = jobs.insert("test-home", officer, "Nhập hồ sơ thử " + officer, "");
        jobs.save(done, JobStatus.DONE, 10, 10, null, null, "xong");

        String page = home(TestPrincipals.as(officer, UnitScope.everything(), Role.ORG_STAFF));
        assertThat(page).doesNotContain("class=\"tiles\"");
        String panel = HomePages.panel(page, "jobs").orElseThrow();
        assertThat(panel)
                .contains("Tác vụ dài gần đây")
                .contains("href=\"/jobs/" + running + "\"", "Chấm điểm kỳ thử " + officer, "Đang chạy · 40%")
                .contains("href=\"/jobs/" + done + "\"", "Hoàn tất")
                .contains("href=\"/jobs\"");

        String cadrePage = home(TestPrincipals.as(cadre, UnitScope.everything(), Role.CADRE));
        assertThat(HomePages.panel(cadrePage, "jobs")).as("no job of their own").isEmpty();
        assertThat(cadrePage).doesNotContain(officer);

        long own = jobs.insert("test-home", cadre, "Xuất hồ sơ của tôi " + cadre, "");
        jobs.save(own, JobStatus.RUNNING, 4, 1, null, null, null);
        String ownPanel = HomePages.panel(home(TestPrincipals.as(cadre, UnitScope.everything(), Role.CADRE)), "jobs")
                .orElseThrow();
        assertThat(ownPanel).contains("Xuất hồ sơ của tôi " + cadre).doesNotContain(officer);
    }
}
