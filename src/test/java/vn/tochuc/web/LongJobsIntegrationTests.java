package vn.tochuc.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.tochuc.Sessions;

/** The long-job pattern: progress over SSE, cancel, and resume from the last checkpoint without redoing work. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(LongJobsIntegrationTests.CountingJobConfig.class)
class LongJobsIntegrationTests {

    /** Processes items 1..40, one checkpoint per item, recording each item it processes. */
    static class CountingJob implements JobHandler {
        final List<Integer> processed = new CopyOnWriteArrayList<>();

        @Override
        public String kind() {
            return "test-counting";
        }

        @Override
        public void run(JobContext job) throws InterruptedException {
            int start = job.checkpoint() == null ? 1 : Integer.parseInt(job.checkpoint()) + 1;
            job.total(40);
            for (int i = start; i <= 40 && !job.cancelled(); i++) {
                Thread.sleep(25);
                processed.add(i);
                job.checkpoint(String.valueOf(i));
                job.progress(i, "mục " + i);
            }
            job.result("Đã xử lý " + processed.size() + " mục");
        }
    }

    @TestConfiguration
    static class CountingJobConfig {
        @Bean
        CountingJob countingJob() {
            return new CountingJob();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    LongJobs jobs;

    @Autowired
    CountingJob counting;

    @Test
    @DisplayName("a cancelled job resumes from its checkpoint and processes every item exactly once")
    void cancelAndResume() throws Exception {
        counting.processed.clear();
        MockHttpSession admin = Sessions.admin(mvc);
        long id = asUser(admin, () -> jobs.start("test-counting", "Đếm thử", ""));
        await(() -> asUser(admin, () -> jobs.visible(id).orElseThrow().done() >= 5));
        asUser(admin, () -> {
            jobs.cancel(id);
            return null;
        });
        await(() -> asUser(admin, () -> jobs.visible(id).orElseThrow().status() == JobStatus.CANCELLED));
        JobView stopped = asUser(admin, () -> jobs.visible(id).orElseThrow());
        assertThat(stopped.done()).isLessThan(40);
        assertThat(stopped.checkpoint()).isNotNull();

        mvc.perform(post("/jobs/" + id + "/resume").session(admin).with(csrf()));
        await(() -> asUser(admin, () -> jobs.visible(id).orElseThrow().status() == JobStatus.DONE));
        assertThat(counting.processed)
                .containsExactlyElementsOf(
                        java.util.stream.IntStream.rangeClosed(1, 40).boxed().toList());
    }

    @Test
    @DisplayName("the audit verification job streams its progress bar over SSE and finishes")
    void auditVerifyStreamsProgress() throws Exception {
        MockHttpSession admin = Sessions.admin(mvc);
        MvcResult started = mvc.perform(
                        post("/jobs/audit-verify").session(admin).with(csrf()))
                .andReturn();
        String location = started.getResponse().getRedirectedUrl();
        assertThat(location).matches("/jobs/\\d+");
        MvcResult sse = mvc.perform(get(location + "/events").session(admin))
                .andExpect(request().asyncStarted())
                .andReturn();
        sse.getAsyncResult(Duration.ofSeconds(30).toMillis());
        String stream = mvc.perform(asyncDispatch(sse))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(stream)
                .contains("event:progress")
                .contains("<progress")
                .contains("event:done")
                .contains("Chuỗi nhật ký toàn vẹn");
        String page = mvc.perform(get(location).session(admin))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Hoàn tất").contains("value=\"100\"");
    }

    @Test
    @DisplayName("another user cannot see someone else's job")
    void jobsAreOwned() throws Exception {
        MockHttpSession admin = Sessions.admin(mvc);
        long id = asUser(admin, () -> jobs.start("test-counting", "Riêng tư", ""));
        assertThat(jobs.visible(id)).isEmpty(); // no user in this thread's context
        await(() -> asUser(admin, () -> jobs.visible(id).orElseThrow().finished()));
    }

    interface Call<T> {
        T call() throws Exception;
    }

    static <T> T asUser(MockHttpSession session, Call<T> call) throws Exception {
        var ctx = (org.springframework.security.core.context.SecurityContext)
                session.getAttribute("SPRING_SECURITY_CONTEXT");
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        org.springframework.security.core.context.SecurityContextHolder.setContext(ctx);
        try {
            return call.call();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }

    static void await(Call<Boolean> condition) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.call()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("condition not met within 30 s");
            }
            Thread.sleep(20);
        }
    }
}
