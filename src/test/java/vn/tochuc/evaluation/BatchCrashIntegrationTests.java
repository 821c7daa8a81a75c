package vn.tochuc.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.tochuc.Sessions;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.organization.OrgDirectory;

/**
 * Crash survival of batch scoring (issue 5, point 7): the worker dies inside a unit's transaction after
 * that unit's results were written; nothing of that unit is visible, the job stops with the checkpoint of
 * the last committed unit, and resuming scores every remaining unit exactly once.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BatchCrashIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    BatchScoringJob batch;

    @Autowired
    EvalStoreRepository store;

    @Autowired
    OrgDirectory org;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void disarm() {
        batch.afterUnitWritten = unit -> {};
    }

    record Job(String status, String checkpoint, long total, long done) {}

    Job job(long id) {
        return jdbc.sql("select status, checkpoint, total, done from web_job_run where id = :id")
                .param("id", id)
                .query((rs, n) -> new Job(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
                .single();
    }

    Job await(long id, Set<String> statuses) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Job j = job(id);
        while (!statuses.contains(j.status()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            j = job(id);
        }
        return j;
    }

    long count(String period, long unit) {
        return jdbc.sql("select count(*) from eval_result where period = :p and unit_id = :u")
                .param("p", period)
                .param("u", unit)
                .query(Long.class)
                .single();
    }

    @Test
    @DisplayName("EVAL-32: a crash inside a unit leaves no half-scored unit; resume scores each unit exactly once")
    void crashMidUnitThenResume() throws Exception {
        long root = org.findByCode("ORGANIZATION", "DU-P-DONGHA").orElseThrow().id();
        List<Long> units = new ArrayList<>(org.subtreeIds(root)); // the job's order (parents first)
        assertThat(units).hasSizeGreaterThanOrEqualTo(2);
        String period = "K" + System.nanoTime() % 1_000_000_000L;
        for (long unit : units) {
            for (int i = 0; i < 2; i++) {
                store.addInput(
                        period,
                        new Subject(
                                "k" + unit + "-" + i,
                                Subject.Kind.INDIVIDUAL,
                                "KHONG_LANH_DAO",
                                unit,
                                null,
                                Cases.PARTY_GOOD,
                                Set.of()));
            }
        }
        int crashAt = units.size() / 2;
        long crashUnit = units.get(crashAt);
        AtomicBoolean armed = new AtomicBoolean(true);
        Map<Long, Long> seenInCrashTx = new java.util.concurrent.ConcurrentHashMap<>();
        batch.afterUnitWritten = unit -> {
            if (unit == crashUnit && armed.getAndSet(false)) {
                seenInCrashTx.put(unit, count(period, unit)); // written, not yet committed
                throw new IllegalStateException("simulated crash of the worker inside unit " + unit);
            }
        };
        MockHttpSession admin = Sessions.admin(mvc);
        String location = mvc.perform(post("/evaluation/batch")
                        .session(admin)
                        .with(csrf())
                        .param("rootUnitId", Long.toString(root))
                        .param("period", period)
                        .param("pack", "QD366")
                        .param("date", "31/12/2025"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring("/jobs/".length()));

        Job failed = await(id, Set.of("FAILED", "DONE"));
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.checkpoint()).isEqualTo(Integer.toString(crashAt));
        assertThat(failed.total()).isEqualTo(units.size());
        assertThat(seenInCrashTx).containsEntry(crashUnit, 2L);
        for (int i = 0; i < units.size(); i++) {
            assertThat(count(period, units.get(i)))
                    .as("unit %d at %d", units.get(i), i)
                    .isEqualTo(i < crashAt ? 2 : 0);
        }

        mvc.perform(post("/jobs/" + id + "/resume").session(admin).with(csrf()));
        Job done = await(id, Set.of("DONE", "FAILED"));
        assertThat(done.status()).isEqualTo("DONE");
        assertThat(done.checkpoint()).isEqualTo(Integer.toString(units.size()));
        for (long unit : units) {
            assertThat(count(period, unit)).isEqualTo(2);
            // one committed write per unit: units before the checkpoint were not scored again
            assertThat(audit.search(null, "EVAL_RESULTS_WRITE", "EVAL_UNIT_RESULTS", period + "/" + unit, 0, 10))
                    .hasSize(1);
        }
        assertThat(jdbc.sql("select count(distinct subject_id) from eval_result where period = :p")
                        .param("p", period)
                        .query(Long.class)
                        .single())
                .isEqualTo(2L * units.size());
    }

    @Test
    @DisplayName("EVAL-18: demo inputs fill every unit of a subtree; the batch scores them and notes the quota step")
    void demoInputsAreScored() throws Exception {
        long root = org.findByCode("ORGANIZATION", "DU-P-DONGHA").orElseThrow().id();
        int units = org.subtreeIds(root).size();
        String period = "G" + System.nanoTime() % 1_000_000_000L;
        var r = mvc.perform(post("/api/evaluation/demo-inputs")
                        .with(httpBasic("admin", Sessions.ADMIN_PASSWORD))
                        .param("root", Long.toString(root))
                        .param("period", period)
                        .param("perUnit", "30"))
                .andReturn()
                .getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
        assertThat(r.getContentAsString()).contains("\"subjects\":" + 30 * units);
        var job = new EvaluationPagesIntegrationTests.FakeJob(
                RulePackJson.write(
                        new BatchScoringJob.Params(root, period, "QD366", java.time.LocalDate.of(2025, 12, 31))),
                null,
                Integer.MAX_VALUE);
        batch.run(job);
        assertThat(jdbc.sql("select count(*) from eval_result where period = :p")
                        .param("p", period)
                        .query(Long.class)
                        .single())
                .isEqualTo(30L * units);
        assertThat(jdbc.sql("select count(*) from eval_result where period = :p and quota_note is not null")
                        .param("p", period)
                        .query(Long.class)
                        .single())
                .isPositive();
        var bad = mvc.perform(post("/api/evaluation/demo-inputs")
                        .with(httpBasic("admin", Sessions.ADMIN_PASSWORD))
                        .param("root", Long.toString(root))
                        .param("period", period)
                        .param("perUnit", "1"))
                .andReturn()
                .getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
    }
}
