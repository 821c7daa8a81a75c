package vn.tochuc.evaluation;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tochuc.organization.UnitScopes;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.Crumb;

/** Pages: pack versions, one version, publishing and batch scoring (the dry run and what-if: DryRunController). */
@Controller
class EvaluationController {

    private final Evaluations evaluations;
    private final UnitScopes scopes;
    private final vn.tochuc.web.LongJobs jobs;

    EvaluationController(Evaluations evaluations, UnitScopes scopes, vn.tochuc.web.LongJobs jobs) {
        this.evaluations = evaluations;
        this.scopes = scopes;
        this.jobs = jobs;
    }

    @GetMapping("/evaluation/packs")
    String packs(Model model) {
        return packsPage(model, null);
    }

    private String packsPage(Model model, @Nullable String error) {
        model.addAttribute("packs", evaluations.packs());
        model.addAttribute("error", error);
        model.addAttribute("crumbs", List.of(Crumb.of("nav.evaluation", null)));
        return "evaluation/packs";
    }

    /** ADMIN: publish a new version (or a draft) from a pasted JSON document. */
    @PostMapping("/evaluation/packs")
    String publish(
            @RequestParam(defaultValue = "") String body,
            @RequestParam(defaultValue = "false") boolean draft,
            Model model) {
        try {
            Evaluations.PackSummary p = evaluations.publish(body, draft);
            return "redirect:/evaluation/packs/" + p.code() + "/" + p.version();
        } catch (BadInputException e) {
            return packsPage(model, e.getMessage());
        }
    }

    @GetMapping("/evaluation/batch")
    String batchForm(Model model) {
        return batchPage(model, null);
    }

    @PostMapping("/evaluation/batch")
    String startBatch(
            @RequestParam long rootUnitId,
            @RequestParam String period,
            @RequestParam String pack,
            @RequestParam String date,
            Model model) {
        // An unreadable date: the form again with the typed values and the message beside it (web.FormRedisplay).
        java.time.LocalDate on = VnFormats.parseDate(date);
        try {
            long id = evaluations.startBatch(rootUnitId, period, pack, on);
            return "redirect:/jobs/" + id;
        } catch (BadInputException | IllegalArgumentException e) {
            return batchPage(model, e.getMessage());
        }
    }

    private String batchPage(Model model, @Nullable String error) {
        model.addAttribute("roots", scopes.roots());
        model.addAttribute("error", error);
        // The last runs with their timeline: a run over a small subtree ends before its page opens (issue 11.18).
        model.addAttribute("runs", jobs.recent(BatchScoringJob.KIND, 5));
        // The rule packs by their Vietnamese titles (the version follows the date), not a typed code (issue 11.13).
        java.util.Map<String, PackForm.Choice> packs = new java.util.LinkedHashMap<>();
        evaluations.packs().stream()
                .filter(p -> "PUBLISHED".equals(p.status()))
                .sorted(java.util.Comparator.comparing(Evaluations.PackSummary::effectiveFrom)
                        .reversed())
                .forEach(p -> packs.putIfAbsent(p.code(), new PackForm.Choice(p.code(), p.title())));
        model.addAttribute("packs", List.copyOf(packs.values()));
        model.addAttribute(
                "crumbs", List.of(Crumb.of("nav.evaluation", "/evaluation/packs"), Crumb.of("eval.batch", null)));
        return "evaluation/batch";
    }

    @GetMapping("/evaluation/packs/{code}/{version}")
    String pack(@PathVariable String code, @PathVariable int version, Model model) {
        RulePackDoc doc = evaluations.pack(code, version);
        model.addAttribute("pack", doc);
        model.addAttribute(
                "crumbs",
                List.of(
                        Crumb.of("nav.evaluation", "/evaluation/packs"),
                        Crumb.text(doc.code() + " v" + doc.version(), null)));
        return "evaluation/pack";
    }
}
