package vn.tochuc.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import vn.tochuc.shared.Texts;

/**
 * Runs long jobs in the background: start, progress, cancel, resume. The one pattern every module uses
 * for work that takes more than a few seconds; pages show it with {@code web/job_progress.jte} over SSE.
 */
@Service
public class LongJobs {

    private static final Logger log = LoggerFactory.getLogger(LongJobs.class);

    private final JobRepository repository;
    private final Map<String, JobHandler> handlers;
    private final Map<Long, RunningJob> running = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "tochuc-job");
        t.setDaemon(true);
        return t;
    });

    LongJobs(JobRepository repository, List<JobHandler> handlers) {
        this.repository = repository;
        this.handlers = handlers.stream().collect(Collectors.toMap(JobHandler::kind, Function.identity()));
    }

    @EventListener(ApplicationReadyEvent.class)
    void markInterrupted() {
        int n = repository.markInterrupted();
        if (n > 0) {
            log.warn("{} long job(s) were running when the application stopped; they can be resumed", n);
        }
    }

    /** Starts a job of a registered kind as the current user and returns its id. */
    public long start(String kind, String title, String params) {
        JobHandler handler = handler(kind);
        long id = repository.insert(kind, CurrentUser.name(), title, params);
        launch(id, handler, params, null);
        return id;
    }

    /** Continues a cancelled, failed or interrupted job from its last checkpoint. */
    public void resume(long id) {
        JobView job = visible(id).orElseThrow(() -> new NotFoundException("job " + id));
        if (!job.resumable() || running.containsKey(id)) {
            throw new BadInputException(Texts.t("job.error.not-resumable"));
        }
        launch(id, handler(job.kind()), repository.params(id), job.checkpoint());
    }

    public void cancel(long id) {
        visible(id).orElseThrow(() -> new NotFoundException("job " + id));
        RunningJob job = running.get(id);
        if (job != null) {
            job.cancel();
        }
    }

    /** The job if the current user may see it: its owner, or an administrator. */
    public Optional<JobView> visible(long id) {
        return repository
                .find(id)
                .filter(j -> CurrentUser.has(Role.ADMIN) || j.owner().equals(CurrentUser.name()))
                .map(j -> running.containsKey(id) ? running.get(id).view(j) : j);
    }

    public List<JobView> mine(int limit) {
        return repository.recent(CurrentUser.has(Role.ADMIN) ? null : CurrentUser.name(), limit);
    }

    /**
     * The caller's newest runs of one kind (an administrator sees everyone's), with the live state of those still
     * running: the "last runs" timeline of a page that starts such jobs.
     */
    public List<JobView> recent(String kind, int limit) {
        return repository.recent(CurrentUser.has(Role.ADMIN) ? null : CurrentUser.name(), kind, limit).stream()
                .map(j -> running.containsKey(j.id()) ? running.get(j.id()).view(j) : j)
                .toList();
    }

    private JobHandler handler(String kind) {
        JobHandler handler = handlers.get(kind);
        if (handler == null) {
            throw new NotFoundException("job kind " + kind);
        }
        return handler;
    }

    private void launch(long id, JobHandler handler, String params, @Nullable String checkpoint) {
        RunningJob job = new RunningJob(id, params, checkpoint, repository);
        running.put(id, job);
        job.progress(0, null);
        // The job runs as the user who started it, in their language.
        var locale = LocaleContextHolder.getLocaleContext();
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            LocaleContextHolder.setLocaleContext(locale);
            try {
                execute(id, handler, job);
            } finally {
                LocaleContextHolder.resetLocaleContext();
            }
        }));
    }

    private void execute(long id, JobHandler handler, RunningJob job) {
        try {
            handler.run(job);
            job.finish(job.cancelled() ? JobStatus.CANCELLED : JobStatus.DONE, null);
        } catch (Exception e) {
            String incident = Long.toHexString(System.nanoTime());
            log.error("Long job {} ({}) failed, incident {}", id, handler.kind(), incident, e);
            job.finish(JobStatus.FAILED, Texts.vi("job.error.failed", incident));
        } finally {
            running.remove(id);
        }
    }
}
