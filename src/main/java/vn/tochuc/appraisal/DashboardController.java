package vn.tochuc.appraisal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.tochuc.web.Crumb;
import vn.tochuc.web.CurrentUser;
import vn.tochuc.web.Role;

/**
 * The dashboard page (tables without script, ECharts drawn by static/js/appraisal.js from the JSON endpoints
 * below) and the chart data: grades by unit and by period, completion by unit, a person's trend.
 */
@Controller
class DashboardController {

    private final Dashboards dashboards;
    private final Appraisals appraisals;
    private final vn.tochuc.evaluation.PackSelection packs;

    /** Bars a chart by unit draws at most; the rest are one bar "Các đơn vị khác" (the table lists them all). */
    private final int bars;

    DashboardController(
            Dashboards dashboards,
            Appraisals appraisals,
            vn.tochuc.evaluation.PackSelection packs,
            @org.springframework.beans.factory.annotation.Value("${tochuc.appraisal.chart-bars:15}") int bars) {
        this.bars = bars;
        this.dashboards = dashboards;
        this.appraisals = appraisals;
        this.packs = packs;
    }

    @GetMapping("/appraisal/dashboard")
    String page(
            @RequestParam(required = false) @Nullable Long cycle,
            @RequestParam(defaultValue = "") String user,
            Model model) {
        boolean viewer = CurrentUser.has(Role.ORG_STAFF)
                || CurrentUser.has(Role.UNIT_HEAD)
                || CurrentUser.has(Role.COMMITTEE)
                || CurrentUser.has(Role.ADMIN);
        List<Cycle> cycles = viewer ? appraisals.cycles() : List.of();
        Cycle chosen = cycle != null ? appraisals.cycle(cycle) : cycles.isEmpty() ? null : cycles.get(0);
        String who = user.isBlank() ? CurrentUser.name() : user.trim();
        model.addAttribute("cycles", cycles);
        model.addAttribute("labels", packs.labels());
        model.addAttribute("cycle", chosen);
        model.addAttribute("grades", chosen == null ? null : dashboards.gradesByUnit(chosen.id()));
        model.addAttribute(
                "byPeriod",
                chosen == null ? null : dashboards.gradesByPeriod(chosen.unitId(), chosen.periodKind(), 12));
        model.addAttribute("completion", chosen == null ? null : dashboards.completion(chosen.id()));
        model.addAttribute("trend", dashboards.trend(who, 12));
        model.addAttribute("bars", bars);
        model.addAttribute("crumbs", List.of(Crumb.of("appr.dash", null)));
        return "appraisal/dashboard";
    }

    @GetMapping("/appraisal/dashboard/grades.json")
    @ResponseBody
    Charts.Grades grades(@RequestParam long cycle) {
        return dashboards.gradesByUnit(cycle).top(bars, vn.tochuc.shared.Texts.t("appr.dash.others"));
    }

    @GetMapping("/appraisal/dashboard/periods.json")
    @ResponseBody
    Charts.Grades periods(
            @RequestParam long unit,
            @RequestParam(defaultValue = "MONTH") String kind,
            @RequestParam(defaultValue = "12") int periods) {
        return dashboards.gradesByPeriod(unit, kind, periods);
    }

    @GetMapping("/appraisal/dashboard/completion.json")
    @ResponseBody
    Charts.Completion completion(@RequestParam long cycle) {
        return dashboards.completion(cycle).top(bars, vn.tochuc.shared.Texts.t("appr.dash.others"));
    }

    @GetMapping("/appraisal/dashboard/trend.json")
    @ResponseBody
    Charts.Trend trend(@RequestParam(defaultValue = "") String user, @RequestParam(defaultValue = "12") int months) {
        return dashboards.trend(user.isBlank() ? CurrentUser.name() : user.trim(), months);
    }
}
