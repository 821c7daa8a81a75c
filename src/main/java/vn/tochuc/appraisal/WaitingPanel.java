package vn.tochuc.appraisal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.tochuc.evaluation.PackSelection;
import vn.tochuc.shared.Texts;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.HomePanel;
import vn.tochuc.web.ScopedPrincipal;

/**
 * Home page: what waits for the user, the list the badge in the navigation counts ({@link Waiting}): per cycle the
 * self-assessments, appraisals and decisions to take with the deadline, then their own work items coming due. Every
 * role has it; a self-service cadre's list holds only their own steps, as on {@code /appraisal/waiting}.
 */
@Component
class WaitingPanel implements HomePanel {

    static final int SHOWN = 8;

    private final Waiting waiting;
    private final PackSelection packs;

    WaitingPanel(Waiting waiting, PackSelection packs) {
        this.waiting = waiting;
        this.packs = packs;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Optional<View> view(ScopedPrincipal user) {
        WaitingSummary summary = waiting.summary();
        PackSelection.Labels labels = packs.labels();
        List<Row> rows = new ArrayList<>();
        for (WaitingSummary.CycleWaiting w : summary.cycles()) {
            rows.add(new Row(
                    label(w.cycle(), labels),
                    steps(w),
                    due(w.state(), w.daysLeft(), w.cycle().deadline()),
                    w.toAppraise() + w.toDecide() > 0 ? "/appraisal/queue" : "/appraisal/mine",
                    w.state()));
        }
        for (WaitingSummary.DueItem i : summary.items()) {
            rows.add(new Row(
                    i.title(),
                    Texts.t("appr.home.item"),
                    due(i.state(), i.daysLeft(), i.due()),
                    "/appraisal/mine",
                    i.state()));
        }
        return Optional.of(new View(
                "waiting",
                "appr.home.waiting",
                Style.LIST,
                rows.stream().limit(SHOWN).toList(),
                "appr.waiting.none",
                new Link("appr.home.waiting.all", "/appraisal/waiting")));
    }

    /** The cycle as officers name it: kind, period and target group («Tháng 2026-12 · Cán bộ không giữ chức vụ»). */
    static String label(Cycle c, PackSelection.Labels labels) {
        return Texts.t(
                "appr.home.cycle",
                Texts.t("appr.kind." + c.periodKind()),
                c.periodCode(),
                labels.group(c.targetGroup()));
    }

    /** The deadline and how close it is («Sắp đến hạn (còn 2 ngày) · hạn 05/12/2026»). */
    static String due(String state, long daysLeft, java.time.LocalDate deadline) {
        return Texts.t(
                "appr.home.due", Texts.t("appr.waiting.state." + state, Math.abs(daysLeft)), VnFormats.date(deadline));
    }

    private static String steps(WaitingSummary.CycleWaiting w) {
        List<String> parts = new ArrayList<>();
        step(parts, "appr.step.self", w.toSelfAssess());
        step(parts, "appr.step.appraisal", w.toAppraise());
        step(parts, "appr.step.decision", w.toDecide());
        return String.join(" · ", parts);
    }

    private static void step(List<String> parts, String key, long n) {
        if (n > 0) {
            parts.add(Texts.t("appr.home.step", Texts.t(key), VnFormats.number(n)));
        }
    }
}
