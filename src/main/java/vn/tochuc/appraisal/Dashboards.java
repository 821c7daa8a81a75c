package vn.tochuc.appraisal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.audit.AuditEntry;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.organization.UnitScopes;
import vn.tochuc.shared.Texts;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.CurrentUser;
import vn.tochuc.web.Role;

/**
 * The dashboards (issue 6 item 10): grade distribution by unit (rolled up to the units directly under the
 * cycle's unit) and by period, the completion of a cycle by unit, and a person's month-by-month trend. Scoped:
 * unit views need a staff, head or committee role in scope; a person's trend is open to them and to the person.
 */
@Service
class Dashboards {

    static final List<String> GRADES = List.of("HTXSNV", "HTTNV", "HTNV", "KHTNV");

    private final DashboardRepository repo;
    private final Appraisals appraisals;
    private final WorkItems work;
    private final OrgDirectory org;
    private final UnitScopes scopes;
    private final AuditLog audit;
    private final Map<Long, List<DashboardRepository.GradeCount>> closedCounts =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Long, Cached> rollups = new java.util.concurrent.ConcurrentHashMap<>();

    private final vn.tochuc.evaluation.PackSelection packs;

    Dashboards(
            DashboardRepository repo,
            Appraisals appraisals,
            WorkItems work,
            OrgDirectory org,
            UnitScopes scopes,
            AuditLog audit,
            vn.tochuc.evaluation.PackSelection packs) {
        this.packs = packs;
        this.repo = repo;
        this.appraisals = appraisals;
        this.work = work;
        this.org = org;
        this.scopes = scopes;
        this.audit = audit;
    }

    /** Decided grades of a cycle's individuals by unit. */
    @Transactional(readOnly = true)
    Charts.Grades gradesByUnit(long cycleId) {
        requireUnitViewer();
        Cycle c = appraisals.cycle(cycleId);
        Rollup rollup = rollup(c.unitId());
        List<DashboardRepository.GradeCount> rows = repo.gradesByUnit(cycleId).stream()
                .map(g -> new DashboardRepository.GradeCount(
                        String.valueOf(rollup.apply(Long.parseLong(g.key()))), g.grade(), g.count()))
                .toList();
        return grades(
                c.periodCode() + " · " + packs.labels().group(c.targetGroup()),
                rows,
                k -> unitName(rollup, Long.parseLong(k)));
    }

    /** Decided grades of a unit's individuals per period (its last {@code periods} cycles of the kind). */
    @Transactional(readOnly = true)
    Charts.Grades gradesByPeriod(long unitId, String periodKind, int periods) {
        requireUnitViewer();
        scopes.require(unitId);
        if (!List.of("MONTH", "QUARTER", "YEAR", "TERM").contains(periodKind) || periods < 1 || periods > 60) {
            throw new BadInputException(Texts.t("appr.dash.periodsInvalid"));
        }
        LocalDate today = LocalDate.now(VnFormats.VIETNAM);
        List<DashboardRepository.GradeCount> rows = new ArrayList<>();
        for (DashboardRepository.PeriodCycle c : repo.periodCycles(unitId, periodKind, periods)) {
            // Past its deadline a cycle's decisions are final (late steps are refused): counted once, then kept.
            if (c.deadline().isBefore(today)) {
                if (closedCounts.size() > 10_000) {
                    closedCounts.clear();
                }
                rows.addAll(closedCounts.computeIfAbsent(c.id(), id -> repo.gradeCounts(id, c.periodCode())));
            } else {
                rows.addAll(repo.gradeCounts(c.id(), c.periodCode()));
            }
        }
        return grades(unitName(unitId), rows, Function.identity());
    }

    /** How many of each unit's members self-assessed, were appraised and decided. */
    @Transactional(readOnly = true)
    Charts.Completion completion(long cycleId) {
        requireUnitViewer();
        Cycle c = appraisals.cycle(cycleId);
        Rollup rollup = rollup(c.unitId());
        Map<Long, long[]> by = new LinkedHashMap<>();
        for (DashboardRepository.Completion r : repo.completionByUnit(cycleId)) {
            long[] acc = by.computeIfAbsent(rollup.apply(r.unitId()), k -> new long[4]);
            acc[0] += r.total();
            acc[1] += r.selfAssessed();
            acc[2] += r.appraised();
            acc[3] += r.decided();
        }
        List<Long> keys = new ArrayList<>(by.keySet());
        keys.sort(java.util.Comparator.comparing(
                (Long k) -> unitName(rollup, k), vn.tochuc.shared.VietnameseCollator.instance()));
        return new Charts.Completion(
                c.periodCode() + " · " + packs.labels().group(c.targetGroup()),
                keys.stream().map(k -> unitName(rollup, k)).toList(),
                keys.stream().map(k -> by.get(k)[0]).toList(),
                keys.stream().map(k -> by.get(k)[1]).toList(),
                keys.stream().map(k -> by.get(k)[2]).toList(),
                keys.stream().map(k -> by.get(k)[3]).toList());
    }

    /** A person's months: their own always; another's for staff, heads and committee members in scope. */
    @Transactional
    Charts.Trend trend(String username, int months) {
        boolean own = username.equals(CurrentUser.name());
        if (!own) {
            requireUnitViewer();
        }
        List<DashboardRepository.Month> rows = repo.months(username, Math.max(1, Math.min(months, 36)));
        if (!own) {
            rows.forEach(m -> scopes.require(m.unitId()));
            audit.record(AuditEntry.read(CurrentUser.name(), "APPR_TREND", username, null));
        }
        return new Charts.Trend(
                username,
                rows.stream().map(DashboardRepository.Month::periodCode).toList(),
                rows.stream().map(DashboardRepository.Month::selfScore).toList(),
                rows.stream().map(m -> work.result(m.memberId()).taskPoints()).toList(),
                rows.stream().map(DashboardRepository.Month::decidedGrade).toList());
    }

    private static Charts.Grades grades(
            String title, List<DashboardRepository.GradeCount> rows, Function<String, String> label) {
        Map<String, Map<String, Long>> by = new LinkedHashMap<>();
        for (DashboardRepository.GradeCount r : rows) {
            by.computeIfAbsent(r.key(), k -> new HashMap<>())
                    .merge(r.grade() == null ? "" : r.grade(), r.count(), Long::sum);
        }
        List<String> keys = new ArrayList<>(by.keySet());
        Map<String, List<Long>> series = new LinkedHashMap<>();
        GRADES.forEach(g -> series.put(
                g, keys.stream().map(k -> by.get(k).getOrDefault(g, 0L)).toList()));
        return new Charts.Grades(
                title,
                keys.stream().map(label).toList(),
                series,
                keys.stream().map(k -> by.get(k).getOrDefault("", 0L)).toList());
    }

    /** Member units rolled up to the units directly under the root (one query for the whole subtree). */
    private record Rollup(long root, Map<Long, OrgDirectory.UnitRef> units) {

        long apply(long unit) {
            Long cur = unit;
            for (int guard = 0; cur != null && guard < 64; guard++) {
                OrgDirectory.UnitRef ref = units.get(cur);
                if (ref == null || cur == root) {
                    return root;
                }
                if (ref.parentId() != null && ref.parentId() == root) {
                    return cur;
                }
                cur = ref.parentId();
            }
            return root;
        }

        @Nullable
        String name(long id) {
            OrgDirectory.UnitRef ref = units.get(id);
            return ref == null ? null : ref.name();
        }
    }

    /** The subtree of a root, kept for a minute (as people's unit names are): a renamed unit shows within it. */
    private Rollup rollup(long root) {
        long now = System.nanoTime();
        Cached cached = rollups.get(root);
        if (cached != null && now - cached.at() < 60_000_000_000L) {
            return cached.rollup();
        }
        Map<Long, OrgDirectory.UnitRef> map = new HashMap<>();
        org.subtreeAsOf(root, LocalDate.now(VnFormats.VIETNAM)).forEach(u -> map.put(u.id(), u.ref()));
        if (rollups.size() > 1_000) {
            rollups.clear();
        }
        Rollup r = new Rollup(root, map);
        rollups.put(root, new Cached(now, r));
        return r;
    }

    private record Cached(long at, Rollup rollup) {}

    private String unitName(Rollup r, long id) {
        String n = r.name(id);
        return n != null ? n : unitName(id);
    }

    private String unitName(long id) {
        return org.find(id).map(OrgDirectory.UnitRef::name).orElse(String.valueOf(id));
    }

    private static void requireUnitViewer() {
        CurrentUser.require(Role.ORG_STAFF, Role.UNIT_HEAD, Role.COMMITTEE, Role.ADMIN);
    }
}
