package vn.tochuc.evaluation;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tochuc.shared.Texts;
import vn.tochuc.web.Crumb;

/**
 * Pages: the dry run and the what-if of a draft, each a form built from the chosen pack and criteria set. The
 * form is turned into the JSON document of the API and scored by the same service; the JSON editor stays under
 * "Nâng cao". A refused field shows the form again (422) with what was typed and the message beside it.
 */
/**
 * The dry-run page: a form built from the chosen pack and criteria set (each item's inputs with their labels,
 * units and ranges, the events as checkboxes), turned into the JSON document of the API and scored by the same
 * service; the JSON editor stays under "Nâng cao". A refused field shows the form again (422) with what was typed
 * and the message beside it.
 */
@Controller
class DryRunController {

    static final String DRY_RUN = "/evaluation/dry-run";

    private final Evaluations evaluations;
    private final PackChoices choices;

    DryRunController(Evaluations evaluations, PackChoices choices) {
        this.evaluations = evaluations;
        this.choices = choices;
    }

    @GetMapping(DRY_RUN)
    String dryRunForm(
            @RequestParam(required = false) @Nullable String pack,
            @RequestParam(required = false) @Nullable String group,
            Model model) {
        PackChoices.Chosen c = choices.version(pack, group);
        Map<String, String> typed = PackForms.defaults(c.doc(), c.set(), "s1", 1);
        return dryRunPage(model, c, typed, Map.of(), dryRunJson(c, typed), false, null, null);
    }

    /** The JSON editor, as before: the document of {@code POST /api/evaluation/dry-run}. */
    @PostMapping(DRY_RUN)
    String dryRun(
            @RequestParam(defaultValue = "") String body,
            Model model,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx) {
        PackChoices.Tried<DryRunResponse> r = PackChoices.attempt(() -> evaluations.dryRun(body));
        if (htmx != null) {
            model.addAttribute("response", r.value());
            model.addAttribute("error", r.error());
            return "evaluation/dryrun_result";
        }
        PackChoices.Chosen c = choices.version(null, null);
        return dryRunPage(
                model, c, PackForms.defaults(c.doc(), c.set(), "s1", 1), Map.of(), body, true, r.value(), r.error());
    }

    @PostMapping(DRY_RUN + "/form")
    String dryRunSubmit(@RequestParam Map<String, String> typed, HttpServletResponse res, Model model) {
        PackChoices.Chosen c = choices.version(typed.get("pack"), typed.get("group"));
        Map<String, String> errors = new LinkedHashMap<>();
        String json = dryRunJson(c, typed, errors);
        if (!errors.isEmpty()) {
            res.setStatus(422);
            return dryRunPage(model, c, typed, errors, json, false, null, null);
        }
        PackChoices.Tried<DryRunResponse> r = PackChoices.attempt(() -> evaluations.dryRun(json));
        if (r.error() != null) {
            res.setStatus(422);
        }
        return dryRunPage(model, c, typed, errors, json, false, r.value(), r.error());
    }

    private String dryRunJson(PackChoices.Chosen c, Map<String, String> typed) {
        return dryRunJson(c, typed, new LinkedHashMap<>());
    }

    /** The dry-run document of the API for the form's values (the same structure the JSON editor takes). */
    private static String dryRunJson(PackChoices.Chosen c, Map<String, String> typed, Map<String, String> errors) {
        Subject s = PackForms.read(c.doc(), c.set(), "s1", 1, typed, errors);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("pack", c.summary().code());
        request.put("version", c.summary().version());
        String grade = typed.getOrDefault("collectiveGrade", "");
        if (c.pack().headCapOn() && !grade.isBlank()) {
            try {
                request.put("collectiveGrade", Grade.valueOf(grade).name());
                s = new Subject(s.id(), s.kind(), s.targetGroup(), s.unitId(), s.unitId(), s.inputs(), s.events());
            } catch (IllegalArgumentException e) {
                errors.put("collectiveGrade", Texts.t("form.invalid-value", grade));
            }
        }
        request.put("subject", PackForms.json(c.set(), s));
        return RulePackJson.pretty(request);
    }

    private static String dryRunPage(
            Model model,
            PackChoices.Chosen c,
            Map<String, String> typed,
            Map<String, String> errors,
            String body,
            boolean advanced,
            @Nullable DryRunResponse response,
            @Nullable String error) {
        PackForm.Field collective = null;
        if (c.pack().headCapOn()) {
            List<PackForm.Choice> grades = new ArrayList<>();
            grades.add(new PackForm.Choice("", Texts.t("eval.form.notHead")));
            for (int i = Grade.values().length - 1; i >= 0; i--) {
                Grade g = Grade.values()[i];
                grades.add(new PackForm.Choice(g.name(), g.label()));
            }
            collective = new PackForm.Field(
                    "collectiveGrade",
                    Texts.t("eval.form.collectiveGrade"),
                    "",
                    "",
                    "",
                    typed.getOrDefault("collectiveGrade", ""),
                    null,
                    errors.get("collectiveGrade"),
                    false,
                    grades);
        }
        model.addAttribute(
                "form",
                new PackForm(
                        c.summary().code() + ":" + c.summary().version(),
                        c.set().targetGroup(),
                        c.packs(),
                        c.groups(),
                        List.of(),
                        List.of(PackForms.fields(c.doc(), c.set(), "s1", 1, typed, errors)),
                        collective,
                        errors.size()));
        model.addAttribute("body", body);
        model.addAttribute("advanced", advanced);
        model.addAttribute("response", response);
        model.addAttribute("error", error);
        model.addAttribute(
                "crumbs", List.of(Crumb.of("nav.evaluation", "/evaluation/packs"), Crumb.of("eval.dryRun", null)));
        return "evaluation/dryrun";
    }
}
