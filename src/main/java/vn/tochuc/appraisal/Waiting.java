package vn.tochuc.appraisal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.organization.UnitScopes;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.CurrentUser;
import vn.tochuc.web.Role;

/**
 * What waits for the caller (issue 6 item 8): per cycle, the self-assessments to submit, the appraisals and the
 * decisions to take in their scope, with the deadline approaching (within {@code tochuc.appraisal.due-soon-days},
 * 3 by default) or passed; and their own work items coming due. Counts come from aggregate queries, so the badge
 * in the navigation stays cheap on every page.
 */
@Service
class Waiting {

    /** How far back overdue cycles are still shown. */
    static final int OVERDUE_WINDOW_DAYS = 30;

    private final WaitingRepository repo;
    private final CycleRepository cycles;
    private final UnitScopes scopes;
    private final int dueSoonDays;

    Waiting(
            WaitingRepository repo,
            CycleRepository cycles,
            UnitScopes scopes,
            @Value("${tochuc.appraisal.due-soon-days:3}") int dueSoonDays) {
        this.repo = repo;
        this.cycles = cycles;
        this.scopes = scopes;
        this.dueSoonDays = dueSoonDays;
    }

    @Transactional(readOnly = true)
    WaitingSummary summary() {
        LocalDate today = LocalDate.now(VnFormats.VIETNAM);
        List<WaitingSummary.CycleWaiting> out = new ArrayList<>(cycles(today));
        out.sort(Comparator.comparing(
                        (WaitingSummary.CycleWaiting w) -> w.cycle().deadline())
                .thenComparing(w -> w.cycle().id()));
        List<WaitingSummary.DueItem> items =
                repo.ownItemsDue(CurrentUser.name(), today.plusDays(dueSoonDays), 50).stream()
                        .map(r -> {
                            long left = ChronoUnit.DAYS.between(today, r.due());
                            return new WaitingSummary.DueItem(
                                    r.itemId(), r.cycleId(), r.title(), r.due(), left, state(left));
                        })
                        .toList();
        return new WaitingSummary(out, items, badge(out));
    }

    /**
     * The badge: steps waiting in cycles still open; null when there is none or on any failure (never breaks a
     * page). Built on every full page, so it reads only the counts, not the work items due.
     */
    @Transactional(readOnly = true)
    @Nullable
    Long badge() {
        try {
            long n = badge(cycles(LocalDate.now(VnFormats.VIETNAM)));
            return n == 0 ? null : n;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static long badge(List<WaitingSummary.CycleWaiting> cycles) {
        return cycles.stream()
                .filter(w -> w.daysLeft() >= 0)
                .mapToLong(WaitingSummary.CycleWaiting::total)
                .sum();
    }

    /** Per cycle with something waiting for the user: own self-assessments, appraisals and decisions. */
    private List<WaitingSummary.CycleWaiting> cycles(LocalDate today) {
        LocalDate since = today.minusDays(OVERDUE_WINDOW_DAYS);
        Map<Long, Long> own = repo.ownUnsubmitted(CurrentUser.name(), since);
        Map<Long, Long> appraise = Map.of();
        Map<Long, Long> decide = Map.of();
        boolean head = CurrentUser.has(Role.UNIT_HEAD) || CurrentUser.has(Role.ADMIN);
        boolean committee = CurrentUser.has(Role.COMMITTEE) || CurrentUser.has(Role.ADMIN);
        if (head || committee) {
            List<Long> open = repo.openCycles(since, 200);
            @Nullable Set<Long> units = scopes.visible().idsOrAll();
            appraise = head ? repo.toAppraise(open, units) : Map.of();
            decide = committee ? repo.toDecide(open, units) : Map.of();
        }
        Set<Long> ids = new LinkedHashSet<>(own.keySet());
        ids.addAll(appraise.keySet());
        ids.addAll(decide.keySet());
        Map<Long, Cycle> byId = cycles.cyclesIn(ids);
        List<WaitingSummary.CycleWaiting> out = new ArrayList<>();
        for (long id : ids) {
            Cycle c = byId.get(id);
            long left = ChronoUnit.DAYS.between(today, c.deadline());
            out.add(new WaitingSummary.CycleWaiting(
                    c,
                    own.getOrDefault(id, 0L),
                    appraise.getOrDefault(id, 0L),
                    decide.getOrDefault(id, 0L),
                    left,
                    state(left)));
        }
        return out;
    }

    /** OVERDUE (deadline passed), DUE_SOON (within the window) or OPEN. */
    String state(long daysLeft) {
        return daysLeft < 0 ? "OVERDUE" : daysLeft <= dueSoonDays ? "DUE_SOON" : "OPEN";
    }
}
