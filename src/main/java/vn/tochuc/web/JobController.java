package vn.tochuc.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Pages of the long-job pattern: the list, one job with its progress bar (SSE), cancel and resume. */
@Controller
class JobController {

    private static final long PUSH_MILLIS = 400;

    private final LongJobs jobs;
    private final TemplateEngine templates;
    private final ShellFactory shells;
    private final ScheduledExecutorService pusher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tochuc-sse");
        t.setDaemon(true);
        return t;
    });

    JobController(LongJobs jobs, TemplateEngine templates, ShellFactory shells) {
        this.jobs = jobs;
        this.templates = templates;
        this.shells = shells;
    }

    @GetMapping("/jobs")
    String list(Model model) {
        model.addAttribute("jobs", jobs.mine(50));
        model.addAttribute("crumbs", List.of(Crumb.of("nav.jobs", null)));
        return "web/jobs";
    }

    @GetMapping("/jobs/{id}")
    String show(
            @PathVariable long id, Model model, @RequestHeader(value = "HX-Request", required = false) String htmx) {
        JobView job = jobs.visible(id).orElseThrow(() -> new NotFoundException("job " + id));
        model.addAttribute("job", job);
        model.addAttribute("crumbs", List.of(Crumb.of("nav.jobs", "/jobs"), Crumb.text(job.title(), null)));
        return htmx != null ? "web/job_progress" : "web/job";
    }

    @GetMapping(path = "/jobs/{id}/events", produces = "text/event-stream")
    SseEmitter events(@PathVariable long id, HttpServletRequest request) {
        jobs.visible(id).orElseThrow(() -> new NotFoundException("job " + id));
        Shell shell = shells.create(request);
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        SseEmitter emitter = new SseEmitter(TimeUnit.MINUTES.toMillis(30));
        AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
        Runnable push = () -> {
            var ctx = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
            ctx.setAuthentication(auth);
            org.springframework.security.core.context.SecurityContextHolder.setContext(ctx);
            try {
                JobView job = jobs.visible(id).orElseThrow();
                StringOutput html = new StringOutput();
                templates.render("web/job_progress.jte", Map.of("shell", shell, "job", job), html);
                emitter.send(SseEmitter.event().name("progress").data(html.toString()));
                if (job.finished()) {
                    emitter.send(SseEmitter.event().name("done").data("done"));
                    emitter.complete();
                    task.get().cancel(false);
                }
            } catch (IOException | RuntimeException e) {
                emitter.completeWithError(e);
                ScheduledFuture<?> f = task.get();
                if (f != null) {
                    f.cancel(false);
                }
            } finally {
                org.springframework.security.core.context.SecurityContextHolder.clearContext();
            }
        };
        task.set(pusher.scheduleAtFixedRate(push, 50, PUSH_MILLIS, TimeUnit.MILLISECONDS));
        emitter.onCompletion(() -> task.get().cancel(false));
        emitter.onTimeout(() -> task.get().cancel(false));
        return emitter;
    }

    @PostMapping("/jobs/{id}/cancel")
    String cancel(@PathVariable long id) {
        jobs.cancel(id);
        return "redirect:/jobs/" + id;
    }

    @PostMapping("/jobs/{id}/resume")
    String resume(@PathVariable long id) {
        jobs.resume(id);
        return "redirect:/jobs/" + id;
    }

    /** The example long job: walk the whole audit chain with a progress bar. */
    @PostMapping("/jobs/audit-verify")
    String verifyAudit(HttpServletRequest request) {
        long id = jobs.start(AuditVerifyJob.KIND, shells.create(request).t("job.auditVerify.title"), "");
        return "redirect:/jobs/" + id;
    }
}
