package vn.tochuc.appraisal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tochuc.evaluation.Grade;
import vn.tochuc.evaluation.PackSelection;
import vn.tochuc.organization.UnitScopes;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.Crumb;

/** Pages: cycles (list, open), a cycle's members and results, my work and self-assessment, what waits for me. */
@Controller
class AppraisalController {

    private final Appraisals appraisals;
    private final WorkItems work;
    private final UnitScopes scopes;
    private final EngineScores engine;
    private final PackSelection packs;

    AppraisalController(
            Appraisals appraisals, WorkItems work, UnitScopes scopes, EngineScores engine, PackSelection packs) {
        this.engine = engine;
        this.packs = packs;
        this.appraisals = appraisals;
        this.work = work;
        this.scopes = scopes;
    }

    @GetMapping("/appraisal/cycles")
    String cycles(Model model) {
        model.addAttribute("cycles", appraisals.cycles());
        model.addAttribute("roots", scopes.roots());
        model.addAttribute("packs", packs.options());
        model.addAttribute("labels", packs.labels());
        model.addAttribute("crumbs", List.of(Crumb.of("appr.nav", null)));
        return "appraisal/cycles";
    }

    @PostMapping("/appraisal/cycles")
    String open(
            @RequestParam long unitId,
            @RequestParam String targetGroup,
            @RequestParam String periodKind,
            @RequestParam String periodCode,
            @RequestParam String pack,
            @RequestParam(defaultValue = "") String deadline) {
        Cycle c = appraisals.open(
                unitId,
                targetGroup.trim(),
                periodKind,
                periodCode,
                pack.trim(),
                deadline.isBlank() ? null : VnFormats.parseDate(deadline));
        return "redirect:/appraisal/cycles/" + c.id();
    }

    @GetMapping("/appraisal/cycles/{id}")
    String cycle(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        Cycle c = appraisals.cycle(id);
        // A page of members with their task results in one items query (a province's cycle has 30,000).
        Appraisals.MemberPage members = appraisals.membersPage(id, page, 100);
        model.addAttribute("cycle", c);
        model.addAttribute("members", members.items());
        model.addAttribute("page", members);
        model.addAttribute("results", work.results(c, members.items()));
        PackSelection.Labels labels = packs.labels();
        model.addAttribute("labels", labels);
        model.addAttribute(
                "crumbs",
                List.of(
                        Crumb.of("appr.nav", "/appraisal/cycles"),
                        Crumb.text(c.periodCode() + " · " + labels.group(c.targetGroup()), null)));
        return "appraisal/cycle";
    }

    @PostMapping("/appraisal/cycles/{id}/members")
    String addMember(
            @PathVariable long id,
            @RequestParam String kind,
            @RequestParam long unitId,
            @RequestParam(required = false) @Nullable Long headOfUnitId,
            @RequestParam(required = false) @Nullable Long personId,
            @RequestParam String username,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String jobPosition) {
        if (personId != null && kind.equals("INDIVIDUAL")) {
            appraisals.addPerson(id, personId, username, headOfUnitId);
        } else {
            appraisals.addMember(
                    id,
                    kind,
                    unitId,
                    headOfUnitId,
                    null,
                    username,
                    name,
                    jobPosition.isBlank() ? null : jobPosition.trim());
        }
        return "redirect:/appraisal/cycles/" + id;
    }

    @GetMapping("/appraisal/mine")
    String mine(Model model) {
        List<Member> mine = appraisals.mine();
        Map<Long, List<WorkItem>> items = new LinkedHashMap<>();
        Map<Long, TaskResult> results = new LinkedHashMap<>();
        Map<Long, EngineOutcome> engines = new LinkedHashMap<>();
        mine.forEach(m -> {
            engines.put(m.id(), engine.score(m));
            items.put(m.id(), work.items(m.id()));
            results.put(m.id(), work.result(m.id()));
        });
        model.addAttribute("members", mine);
        model.addAttribute("items", items);
        model.addAttribute("results", results);
        model.addAttribute("engines", engines);
        model.addAttribute("grades", List.of(Grade.values()));
        model.addAttribute("crumbs", List.of(Crumb.of("appr.mine", null)));
        return "appraisal/mine";
    }

    @PostMapping("/appraisal/members/{id}/self")
    String self(
            @PathVariable long id,
            @RequestParam String score,
            @RequestParam Grade grade,
            @RequestParam(defaultValue = "") String comment,
            @RequestParam(defaultValue = "false") boolean submit) {
        appraisals.selfAssess(id, VnFormats.parseNumber(score).doubleValue(), grade, comment, submit);
        return "redirect:/appraisal/mine";
    }

    @PostMapping("/appraisal/items/{id}/log")
    String log(
            @PathVariable long id,
            @RequestParam String done,
            @RequestParam String on,
            @RequestParam(defaultValue = "") String note) {
        work.log(id, VnFormats.parseNumber(done).doubleValue(), VnFormats.parseDate(on), note);
        return "redirect:/appraisal/mine";
    }

    @GetMapping("/appraisal/queue")
    String queue(Model model) {
        model.addAttribute("queues", appraisals.queues());
        model.addAttribute("grades", List.of(Grade.values()));
        model.addAttribute("crumbs", List.of(Crumb.of("appr.queue", null)));
        return "appraisal/queue";
    }

    @PostMapping("/appraisal/members/{id}/appraise")
    String appraise(@PathVariable long id, @RequestParam Grade grade, @RequestParam(defaultValue = "") String comment) {
        appraisals.appraise(id, grade, comment);
        return "redirect:/appraisal/queue";
    }

    @PostMapping("/appraisal/members/{id}/decide")
    String decide(
            @PathVariable long id,
            @RequestParam Grade grade,
            @RequestParam(defaultValue = "") String comment,
            @RequestParam(defaultValue = "false") boolean manual) {
        appraisals.decide(id, grade, comment, manual);
        return "redirect:/appraisal/queue";
    }
}
