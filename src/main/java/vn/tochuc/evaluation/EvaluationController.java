package vn.tochuc.evaluation;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tochuc.organization.UnitScopes;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.Crumb;

/** Pages: pack versions, one version, the dry-run form and the what-if of a draft pack. */
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

    @GetMapping("/evaluation/dry-run")
    String dryRunForm(Model model) throws IOException {
        Map<String, Object> examples = DryRunExamples.examples();
        String body = examples.isEmpty()
                ? "{}"
                : RulePackJson.JSON
                        .writerWithDefaultPrettyPrinter()
                        .writeValueAsString(examples.values().iterator().next());
        return dryRunPage(model, body, null, null);
    }

    @PostMapping("/evaluation/dry-run")
    String dryRun(
            @RequestParam(defaultValue = "") String body,
            Model model,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx) {
        DryRunResponse response = null;
        String error = null;
        try {
            response = evaluations.dryRun(body);
        } catch (BadInputException e) {
            error = e.getMessage();
        }
        String page = dryRunPage(model, body, response, error);
        return htmx != null ? "evaluation/dryrun_result" : page;
    }

    private static String dryRunPage(
            Model model, String body, @Nullable DryRunResponse response, @Nullable String error) {
        model.addAttribute("body", body);
        model.addAttribute("response", response);
        model.addAttribute("error", error);
        model.addAttribute(
                "crumbs", List.of(Crumb.of("nav.evaluation", "/evaluation/packs"), Crumb.of("eval.dryRun", null)));
        return "evaluation/dryrun";
    }

    @GetMapping("/evaluation/what-if")
    String whatIfForm(@RequestParam(defaultValue = "QD366") String pack, Model model) {
        return whatIfPage(model, pack, "", "[]", null, null);
    }

    @PostMapping("/evaluation/what-if")
    String whatIf(
            @RequestParam String pack,
            @RequestParam(defaultValue = "") String draft,
            @RequestParam(defaultValue = "[]") String subjects,
            Model model,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx) {
        List<Evaluations.WhatIfRow> rows = null;
        String error = null;
        try {
            rows = evaluations.whatIf(pack, draft, subjects);
        } catch (BadInputException e) {
            error = e.getMessage();
        }
        String page = whatIfPage(model, pack, draft, subjects, rows, error);
        return htmx != null ? "evaluation/whatif_result" : page;
    }

    private static String whatIfPage(
            Model model,
            String pack,
            String draft,
            String subjects,
            @Nullable List<Evaluations.WhatIfRow> rows,
            @Nullable String error) {
        model.addAttribute("pack", pack);
        model.addAttribute("draft", draft);
        model.addAttribute("subjects", subjects);
        model.addAttribute("rows", rows);
        model.addAttribute("error", error);
        model.addAttribute(
                "crumbs", List.of(Crumb.of("nav.evaluation", "/evaluation/packs"), Crumb.of("eval.whatIf", null)));
        return "evaluation/whatif";
    }
}
