package vn.tochuc.web;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.tochuc.shared.Texts;
import vn.tochuc.shared.VnFormats;

/**
 * Home page: the user's long jobs, running ones with their progress and the last runs (an administrator sees
 * everyone's, as on {@code /jobs}). Shown to staff always; to other roles only when they have started a job.
 */
@Component
class JobsPanel implements HomePanel {

    static final int SHOWN = 5;

    private final LongJobs jobs;

    JobsPanel(LongJobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public Optional<View> view(ScopedPrincipal user) {
        List<JobView> mine = jobs.mine(SHOWN);
        boolean staff = user.roles().stream().anyMatch(Role.STAFF::contains);
        if (mine.isEmpty() && !staff) {
            return Optional.empty();
        }
        List<Row> rows = mine.stream().map(j -> row(j, user)).toList();
        return Optional.of(
                new View("jobs", "home.jobs", Style.LIST, rows, "job.none", new Link("home.jobs.all", "/jobs")));
    }

    private static Row row(JobView j, ScopedPrincipal user) {
        String status = Texts.t("job.status." + j.status().name());
        String value = j.finished() ? status : Texts.t("home.jobs.progress", status, j.percent());
        String detail = j.owner().equals(user.username())
                ? Texts.t("home.jobs.started", VnFormats.dateTime(j.startedAt()))
                : Texts.t("home.jobs.startedBy", VnFormats.dateTime(j.startedAt()), j.owner());
        return new Row(j.title(), value, detail, "/jobs/" + j.id(), j.status().name());
    }
}
