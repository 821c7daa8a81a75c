package vn.tochuc.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.tochuc.Sessions;
import vn.tochuc.TestPrincipals;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.shared.UnitScope;
import vn.tochuc.web.Role;

/** Batch scoring through the API: start, follow the job to its end, read the summary; roles and bad input. */
@SpringBootTest
@AutoConfigureMockMvc
class BatchApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EvalStoreRepository store;

    @Autowired
    OrgDirectory org;

    @Test
    @DisplayName("EVAL-31: a batch started through the API runs as a job and its summary counts every subject")
    void startFollowAndSummarize() throws Exception {
        OrgDirectory.UnitRef root =
                org.findByCode("ORGANIZATION", "DU-P-DONGHA").orElseThrow();
        OrgDirectory.UnitRef cell =
                org.findByCode("ORGANIZATION", "CB-DONGHA-KP1").orElseThrow();
        String period = "A" + System.nanoTime() % 1_000_000_000L;
        for (int i = 0; i < 5; i++) {
            store.addInput(
                    period,
                    new Subject(
                            "api" + i,
                            Subject.Kind.INDIVIDUAL,
                            "KHONG_LANH_DAO",
                            cell.id(),
                            null,
                            Cases.PARTY_GOOD,
                            i == 0 ? Set.of("DISCIPLINED") : Set.of()));
        }
        String body = """
                {"rootUnitId": %d, "period": "%s", "pack": "QD366", "date": "2025-12-01"}""".formatted(root.id(), period);
        mvc.perform(post("/api/evaluation/batches")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(TestPrincipals.as("cadre-x", UnitScope.of(Set.of(root.id())), Role.CADRE)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/evaluation/batches")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rootUnitId\": " + root.id() + "}")
                        .with(httpBasic("admin", Sessions.ADMIN_PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("kỳ đánh giá")));
        String started = mvc.perform(post("/api/evaluation/batches")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(httpBasic("admin", Sessions.ADMIN_PASSWORD)))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long job = ((Number) JsonPath.read(started, "$.jobId")).longValue();
        String status = "";
        for (int i = 0; i < 300 && !status.equals("DONE"); i++) {
            Thread.sleep(100);
            status = JsonPath.read(
                    mvc.perform(get("/api/jobs/" + job).with(httpBasic("admin", Sessions.ADMIN_PASSWORD)))
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsString(),
                    "$.status");
            assertThat(status).isNotIn("FAILED", "CANCELLED", "INTERRUPTED");
        }
        assertThat(status).isEqualTo("DONE");
        mvc.perform(get("/api/evaluation/batches/summary")
                        .param("root", "" + root.id())
                        .param("period", period)
                        .with(httpBasic("admin", Sessions.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totals[0]").value(1))
                .andExpect(jsonPath("$.units[0].name").value(cell.name()));
        mvc.perform(post("/api/jobs/" + job + "/resume").with(httpBasic("admin", Sessions.ADMIN_PASSWORD)))
                .andExpect(status().isBadRequest());
    }
}
