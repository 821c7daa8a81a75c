package vn.tochuc.appraisal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.evaluation.PackSelection;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.organization.UnitScopes;
import vn.tochuc.shared.Texts;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.HomePanel;
import vn.tochuc.web.Role;
import vn.tochuc.web.ScopedPrincipal;

/**
 * Home page: the evaluation cycles in progress in the user's scope, nearest deadline first, each with how many
 * self-assessments are in and how many grades decided. For staff only, who may open the cycle pages (ADR 0011).
 */
@Component
class OpenCyclesPanel implements HomePanel {

    static final int SHOWN = 8;

    private final WaitingRepository repo;
    private final UnitScopes scopes;
    private final Waiting waiting;
    private final PackSelection packs;
    private final OrgDirectory org;

    OpenCyclesPanel(WaitingRepository repo, UnitScopes scopes, Waiting waiting, PackSelection packs, OrgDirectory org) {
        this.repo = repo;
        this.scopes = scopes;
        this.waiting = waiting;
        this.packs = packs;
        this.org = org;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<View> view(ScopedPrincipal user) {
        if (user.roles().stream().noneMatch(Role.STAFF::contains)) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(VnFormats.VIETNAM);
        @Nullable Set<Long> units = scopes.visible().idsOrAll();
        List<Cycle> open = repo.openCyclesIn(units, today.minusDays(Waiting.OVERDUE_WINDOW_DAYS), SHOWN);
        Map<Long, WaitingRepository.Progress> progress =
                repo.progress(open.stream().map(Cycle::id).toList());
        PackSelection.Labels labels = packs.labels();
        List<Row> rows = open.stream()
                .map(c -> {
                    var p = progress.getOrDefault(c.id(), new WaitingRepository.Progress(0, 0, 0));
                    long left = ChronoUnit.DAYS.between(today, c.deadline());
                    String unit =
                            org.find(c.unitId()).map(OrgDirectory.UnitRef::name).orElse("");
                    return new Row(
                            WaitingPanel.label(c, labels),
                            Texts.t(
                                    "appr.home.progress",
                                    VnFormats.number(p.submitted()),
                                    VnFormats.number(p.decided()),
                                    VnFormats.number(p.members())),
                            Texts.t(
                                    "appr.home.cycleDetail",
                                    unit,
                                    WaitingPanel.due(waiting.state(left), left, c.deadline())),
                            "/appraisal/cycles/" + c.id(),
                            waiting.state(left));
                })
                .toList();
        return Optional.of(new View(
                "cycles",
                "appr.home.cycles",
                Style.LIST,
                rows,
                "appr.home.cycles.none",
                new Link("appr.home.cycles.all", "/appraisal/cycles")));
    }
}
