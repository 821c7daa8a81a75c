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
import vn.tochuc.web.Crumb;

/**
 * Pages: the dry run and the what-if of a draft, each a form built from the chosen pack and criteria set. The
 * form is turned into the JSON document of the API and scored by the same service; the JSON editor stays under
 * "Nâng cao". A refused field shows the form again (422) with what was typed and the message beside it.
 */
/**
 * The what-if page: the published pack's thresholds and quota as draft fields, and sample subjects from the form
 * built from the pack, turned into the draft document and subjects of the what-if API and compared by the same
 * service; the JSON editor stays under "Nâng cao". A refused field shows the form again (422).
 */
@Controller
class WhatIfController {

    static final String WHAT_IF = "/evaluation/what-if";
    static final int WHAT_IF_SUBJECTS = 3;

    private final Evaluations evaluations;
    private final PackChoices choices;

    WhatIfController(Evaluations evaluations, PackChoices choices) {
        this.evaluations = evaluations;
        this.choices = choices;
    }

    @GetMapping(WHAT_IF)
    String whatIfForm(
            @RequestParam(defaultValue = "QD366") String pack,
            @RequestParam(required = false) @Nullable String group,
            Model model) {
        PackChoices.Chosen c = choices.inForce(pack, group);
        Map<String, String> typed = new LinkedHashMap<>(WhatIfDrafts.defaults(c.doc()));
        for (int i = 1; i <= WHAT_IF_SUBJECTS; i++) {
            typed.putAll(PackForms.defaults(c.doc(), c.set(), "s" + i, i));
        }
        Map<String, String> scratch = new LinkedHashMap<>();
        return whatIfPage(
                model, c, typed, Map.of(), draft(c, typed, scratch), subjects(c, typed, scratch), false, null, null);
    }

    /** The JSON editor, as before: a draft pack document and the subjects of the what-if API. */
    @PostMapping(WHAT_IF)
    String whatIf(
            @RequestParam String pack,
            @RequestParam(defaultValue = "") String draft,
            @RequestParam(defaultValue = "[]") String subjects,
            Model model,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx) {
        PackChoices.Tried<List<Evaluations.WhatIfRow>> r =
                PackChoices.attempt(() -> evaluations.whatIf(pack, draft, subjects));
        if (htmx != null) {
            model.addAttribute("rows", r.value());
            model.addAttribute("error", r.error());
            return "evaluation/whatif_result";
        }
        PackChoices.Chosen c = choices.inForce(pack, null);
        Map<String, String> typed = new LinkedHashMap<>(WhatIfDrafts.defaults(c.doc()));
        typed.putAll(PackForms.defaults(c.doc(), c.set(), "s1", 1));
        return whatIfPage(model, c, typed, Map.of(), draft, subjects, true, r.value(), r.error());
    }

    @PostMapping(WHAT_IF + "/form")
    String whatIfSubmit(@RequestParam Map<String, String> typed, HttpServletResponse res, Model model) {
        PackChoices.Chosen c = choices.inForce(typed.getOrDefault("pack", ""), typed.get("group"));
        Map<String, String> errors = new LinkedHashMap<>();
        String draft = draft(c, typed, errors);
        String subjects = subjects(c, typed, errors);
        if (!errors.isEmpty()) {
            res.setStatus(422);
            return whatIfPage(model, c, typed, errors, draft, subjects, false, null, null);
        }
        PackChoices.Tried<List<Evaluations.WhatIfRow>> r =
                PackChoices.attempt(() -> evaluations.whatIf(c.summary().code(), draft, subjects));
        if (r.error() != null) {
            res.setStatus(422);
        }
        return whatIfPage(model, c, typed, errors, draft, subjects, false, r.value(), r.error());
    }

    private String draft(PackChoices.Chosen c, Map<String, String> typed, Map<String, String> errors) {
        String body = evaluations.packBody(c.summary().code(), c.summary().version());
        return WhatIfDrafts.draft(c.doc(), body, typed, errors);
    }

    /** The what-if subjects of the API: the first always, a further one when something was typed for it. */
    private static String subjects(PackChoices.Chosen c, Map<String, String> typed, Map<String, String> errors) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 1; i <= WHAT_IF_SUBJECTS; i++) {
            String prefix = "s" + i;
            if (i > 1 && PackForms.blank(c.set(), prefix, typed)) {
                continue;
            }
            out.add(PackForms.json(c.set(), PackForms.read(c.doc(), c.set(), prefix, i, typed, errors)));
        }
        return RulePackJson.pretty(out);
    }

    private static String whatIfPage(
            Model model,
            PackChoices.Chosen c,
            Map<String, String> typed,
            Map<String, String> errors,
            String draft,
            String subjects,
            boolean advanced,
            @Nullable List<Evaluations.WhatIfRow> rows,
            @Nullable String error) {
        List<PackForm.SubjectFields> fields = new ArrayList<>();
        for (int i = 1; i <= WHAT_IF_SUBJECTS; i++) {
            fields.add(PackForms.fields(c.doc(), c.set(), "s" + i, i, typed, errors));
        }
        model.addAttribute(
                "form",
                new PackForm(
                        c.summary().code(),
                        c.set().targetGroup(),
                        c.packs(),
                        c.groups(),
                        WhatIfDrafts.fields(c.doc(), typed, errors),
                        fields,
                        null,
                        errors.size()));
        model.addAttribute("pack", c.summary().code());
        model.addAttribute("draft", draft);
        model.addAttribute("subjects", subjects);
        model.addAttribute("advanced", advanced);
        model.addAttribute("rows", rows);
        model.addAttribute("error", error);
        model.addAttribute(
                "crumbs", List.of(Crumb.of("nav.evaluation", "/evaluation/packs"), Crumb.of("eval.whatIf", null)));
        return "evaluation/whatif";
    }
}
