package vn.tochuc.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import vn.tochuc.Sessions;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.web.LongJobs;

/**
 * Issue 11, point 18: a batch over a small subtree ends before its page opens, so the batch page shows the last runs
 * with their timeline (start, end, duration, units), and the job page of an ended run says when it ended.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BatchLastRunsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EvalStoreRepository store;

    @Autowired
    OrgDirectory org;

    @Autowired
    Evaluations evaluations;

    @Autowired
    LongJobs jobs;

    @Test
    @DisplayName("The batch page lists the last runs with start, end and duration; the ended job's page too")
    void lastRunsWithTheirTimeline() throws Exception {
        OrgDirectory.UnitRef cell =
                org.findByCode("ORGANIZATION", "CB-DONGHA-KP1").orElseThrow();
        String period = "L" + System.nanoTime() % 1_000_000_000L;
        store.addInput(
                period,
                new Subject(
                        "run1",
                        Subject.Kind.INDIVIDUAL,
                        "KHONG_LANH_DAO",
                        cell.id(),
                        null,
                        Cases.PARTY_GOOD,
                        Set.of()));
        MockHttpSession admin = Sessions.admin(mvc);
        var ctx = (SecurityContext) admin.getAttribute("SPRING_SECURITY_CONTEXT");
        long id;
        SecurityContextHolder.setContext(ctx);
        try {
            id = evaluations.startBatch(cell.id(), period, "QD366", LocalDate.of(2025, 12, 1));
            long deadline = System.currentTimeMillis() + 30_000;
            while (!jobs.visible(id).orElseThrow().finished() && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
        } finally {
            SecurityContextHolder.clearContext();
        }

        String batch = page("/evaluation/batch", admin);
        assertThat(batch)
                .as("the run is listed on the batch page")
                .contains("id=\"job-" + id + "\" data-status=\"DONE\"")
                .contains("<a href=\"/jobs/" + id + "\">");
        assertThat(timeline(batch, id))
                .startsWith("Bắt đầu ")
                .contains("kết thúc ")
                .containsPattern("sau \\d+ giây");

        assertThat(timeline(page("/jobs/" + id, admin), id)).contains("kết thúc ");
        // Issue 11, point 13: the pack is picked by its Vietnamese title, not typed as a code.
        assertThat(batch).contains("<select id=\"pack\" name=\"pack\"").doesNotContain("<input id=\"pack\"");
        assertThat(batch).containsPattern("<option value=\"QD366\" selected>[^<]*Quy định");
    }

    /** The text of the run's timeline line, tags and line breaks folded. */
    private static String timeline(String html, long id) {
        String marker = "id=\"job-timeline-" + id + "\">";
        int from = html.indexOf(marker);
        assertThat(from).as("timeline of run " + id).isNotNegative();
        String p = html.substring(from + marker.length(), html.indexOf("</p>", from));
        return p.replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").trim();
    }

    private String page(String path, MockHttpSession session) throws Exception {
        return (mvc.perform(get(path).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
