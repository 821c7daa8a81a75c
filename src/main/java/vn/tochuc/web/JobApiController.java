package vn.tochuc.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Long jobs for integrations and operations: status, cancel and resume, as the job pages offer them. */
@RestController
@Tag(name = "api.tag.jobs", description = "Long jobs: progress, cancel, resume after a crash")
class JobApiController {

    private final LongJobs jobs;

    JobApiController(LongJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/api/jobs/{id}")
    @Operation(summary = "A job of mine (or any job, for ADMIN): status, progress, message and checkpoint")
    JobView job(@PathVariable long id) {
        return jobs.visible(id).orElseThrow(() -> new NotFoundException("job " + id));
    }

    @PostMapping("/api/jobs/{id}/cancel")
    @Operation(summary = "Asks a running job to stop after the unit of work it is doing")
    JobView cancel(@PathVariable long id) {
        jobs.cancel(id);
        return job(id);
    }

    @PostMapping("/api/jobs/{id}/resume")
    @Operation(summary = "Resumes a cancelled, failed or interrupted job from its last checkpoint; 400 otherwise")
    JobView resume(@PathVariable long id) {
        jobs.resume(id);
        return job(id);
    }
}
