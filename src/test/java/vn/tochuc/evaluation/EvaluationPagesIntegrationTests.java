package vn.tochuc.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.tochuc.Sessions;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.web.JobContext;

/** Pack pages, the dry-run form, what-if, and the batch-scoring job (atomic per unit, resumable). */
@SpringBootTest
@AutoConfigureMockMvc
class EvaluationPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    BatchScoringJob batch;

    @Autowired
    EvalStoreRepository store;

    @Autowired
    OrgDirectory org;

    String page(String uri, MockHttpSession s) throws Exception {
        var r = mvc.perform(get(uri).session(s).accept(MediaType.TEXT_HTML)).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }

    @Test
    @DisplayName("EVAL-18: the pack pages list versions and show uncertain rules with their fallback")
    void packPages() throws Exception {
        MockHttpSession admin = Sessions.admin(mvc);
        assertThat(page("/evaluation/packs", admin))
                .contains("QD366")
                .contains("HN3814")
                .contains("Đã ban hành");
        assertThat(page("/evaluation/packs/QD366/1", admin))
                .contains("EVAL-18")
                .contains("làm tròn xuống")
                .contains("tasksExceededPct &gt;= 30.0");
    }

    @Test
    @DisplayName("EVAL-14: the dry-run form scores the example; bad JSON is shown as a Vietnamese message")
    void dryRunForm() throws Exception {
        MockHttpSession admin = Sessions.admin(mvc);
        assertThat(page("/evaluation/dry-run", admin)).contains("textarea");
        String ok = mvc.perform(post("/evaluation/dry-run")
                        .session(admin)
                        .with(csrf())
                        .param(
                                "body",
                                TestPacks.pack("qd366-v1")
                                        .doc()
                                        .example()
                                        .get("request")
                                        .toString()
                                        .replace("=", ":")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String bad = mvc.perform(post("/evaluation/dry-run")
                        .session(admin)
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("body", "{x"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(bad).contains("không đọc được").doesNotContain("<html");
        assertThat(ok).contains("<html");
    }

    @Test
    @DisplayName("EVAL-14: what-if shows grades moving under a draft that raises the top band to 99")
    void whatIf() throws Exception {
        MockHttpSession admin = Sessions.admin(mvc);
        String draft = TestPacks.json("qd366-v1").replaceFirst("\"min\": 90", "\"min\": 99");
        String subjects = "[{\"id\":\"w1\",\"kind\":\"INDIVIDUAL\",\"targetGroup\":\"KHONG_LANH_DAO\",\"unitId\":1,"
                + "\"inputs\":"
                + RulePackJson.write(Cases.with(Cases.PARTY_GOOD, "shortcomingsFixedPct", 100, "tuPheBinh", 4)) + "}]";
        String html = mvc.perform(post("/evaluation/what-if")
                        .session(admin)
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("pack", "QD366")
                        .param("draft", draft)
                        .param("subjects", subjects))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("w1").contains("HTXSNV").contains("HTTNV").contains("Có");
    }

    @Test
    @DisplayName("EVAL-32: batch scoring grades each unit atomically, collectives first, and resumes after a unit")
    void batchScoring() {
        long root = org.findByCode("ORGANIZATION", "DU-P-DONGHA").orElseThrow().id();
        long cell =
                org.findByCode("ORGANIZATION", "CB-DONGHA-KP1").orElseThrow().id();
        String period = "T" + System.nanoTime();
        Map<String, Double> collective = Map.of(
                "chinhTri",
                6.0,
                "doanKet",
                6.0,
                "kiemTra",
                6.0,
                "phongChong",
                5.0,
                "tuPheBinh",
                6.0,
                "tasksCompletedPct",
                100.0,
                "tasksOnTimePct",
                100.0,
                "tasksExceededPct",
                10.0,
                "lateTasksPct",
                0.0,
                "shortcomingsFixedPct",
                100.0);
        store.addInput(
                period,
                new Subject(
                        "head",
                        Subject.Kind.INDIVIDUAL,
                        "LANH_DAO",
                        cell,
                        cell,
                        Cases.with(Cases.PARTY_GOOD, "ledUnitsCompletedPct", 100),
                        Set.of()));
        store.addInput(
                period,
                new Subject(
                        "member",
                        Subject.Kind.INDIVIDUAL,
                        "KHONG_LANH_DAO",
                        cell,
                        null,
                        Cases.PARTY_GOOD,
                        Set.of("DISCIPLINED")));
        store.addInput(
                period, new Subject("cell", Subject.Kind.COLLECTIVE, "TAP_THE", cell, null, collective, Set.of()));
        store.addInput(
                period, new Subject("ward", Subject.Kind.COLLECTIVE, "TAP_THE", root, null, collective, Set.of()));
        String params =
                RulePackJson.write(new BatchScoringJob.Params(root, period, "QD366", LocalDate.of(2025, 12, 1)));
        FakeJob first = new FakeJob(params, null, 1);
        batch.run(first);
        assertThat(first.checkpoint).isEqualTo("1");
        FakeJob resumed = new FakeJob(params, first.checkpoint, Integer.MAX_VALUE);
        batch.run(resumed);
        assertThat(resumed.checkpoint)
                .isEqualTo(Integer.toString(org.subtreeIds(root).size()));
        assertThat(store.distribution(period, root)).isEqualTo(Map.of(Grade.HTTNV, 1L));
        // the head is capped at the cell's HTTNV (EVAL-36), the disciplined member is KHTNV (EVAL-31)
        assertThat(store.distribution(period, cell)).isEqualTo(Map.of(Grade.HTTNV, 2L, Grade.KHTNV, 1L));
        // the summary counts the whole subtree, units scored before the stop included
        assertThat(resumed.results)
                .singleElement()
                .asString()
                .contains("HTTNV 3")
                .contains("KHTNV 1")
                .contains("HTXSNV 0");
    }

    @Test
    @DisplayName("KPI-02: an ADMIN publishes a draft from the packs page; batch scoring starts as a long job")
    void publishAndStartBatch() throws Exception {
        MockHttpSession admin = Sessions.admin(mvc);
        String body = TestPacks.json("hn3814-v1")
                .replace("\"effectiveFrom\": \"2018-05-16\"", "\"effectiveFrom\": \"2040-01-01\"");
        var published = mvc.perform(post("/evaluation/packs")
                        .session(admin)
                        .with(csrf())
                        .param("body", body)
                        .param("draft", "true"))
                .andReturn();
        assertThat(published.getResponse().getRedirectedUrl()).startsWith("/evaluation/packs/HN3814/");
        String bad = mvc.perform(
                        post("/evaluation/packs").session(admin).with(csrf()).param("body", "{}"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(bad).contains("flash-error");
        assertThat(page("/evaluation/batch", admin)).contains("rootUnitId");
        long root = org.findByCode("ORGANIZATION", "DU-X-CAMLO").orElseThrow().id();
        var started = mvc.perform(post("/evaluation/batch")
                        .session(admin)
                        .with(csrf())
                        .param("rootUnitId", Long.toString(root))
                        .param("period", "P" + System.nanoTime())
                        .param("pack", "QD366")
                        .param("date", "31/12/2025"))
                .andReturn();
        assertThat(started.getResponse().getRedirectedUrl()).startsWith("/jobs/");
        String noPack = mvc.perform(post("/evaluation/batch")
                        .session(admin)
                        .with(csrf())
                        .param("rootUnitId", Long.toString(root))
                        .param("period", "P1")
                        .param("pack", "KHONG")
                        .param("date", "31/12/2025"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(noPack).contains("Không có gói quy tắc «KHONG»");
    }

    /** Runs a job synchronously; cancels itself after {@code units} progress calls (a simulated stop). */
    static final class FakeJob implements JobContext {
        final String params;

        @Nullable
        String checkpoint;

        final int units;
        int done;
        final List<String> results = new ArrayList<>();

        FakeJob(String params, @Nullable String checkpoint, int units) {
            this.params = params;
            this.checkpoint = checkpoint;
            this.units = units;
        }

        @Override
        public String params() {
            return params;
        }

        @Override
        public @Nullable String checkpoint() {
            return checkpoint;
        }

        @Override
        public void total(long total) {}

        @Override
        public void progress(long d, @Nullable String message) {
            done++;
        }

        @Override
        public void checkpoint(String c) {
            checkpoint = c;
        }

        @Override
        public boolean cancelled() {
            return done >= units;
        }

        @Override
        public void result(String message) {
            results.add(message);
        }
    }
}
