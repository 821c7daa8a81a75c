package vn.tochuc.evaluation;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.Crumb;

/**
 * Pages: the dry run and the what-if of a draft, each a form built from the chosen pack and criteria set. The
 * form is turned into the JSON document of the API and scored by the same service; the JSON editor stays under
 * "Nâng cao". A refused field shows the form again (422) with what was typed and the message beside it.
 */
@Controller
class DryRunController {

    static final String DRY_RUN = "/evaluation/dry-run";
    static final String WHAT_IF = "/evaluation/what-if";
    static final int WHAT_IF_SUBJECTS = 3;

    private final Evaluations evaluations;

    DryRunController(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    /** The pack version and criteria set a form is built from. */
    record Chosen(Evaluations.PackSummary summary, CompiledPack pack, CompiledSet set, List<PackForm.Choice> packs) {

        RulePackDoc doc() {
            return pack.doc();
        }
    }

    @GetMapping(DRY_RUN)
    String dryRunForm(
            @RequestParam(required = false) @Nullable String pack,
            @RequestParam(required = false) @Nullable String group,
            Model model) {
        Chosen c = version(pack, group);
        Map<String, String> typed = PackForms.defaults(c.doc(), c.set(), "s1", 1);
        return dryRunPage(model, c, typed, Map.of(), dryRunJson(c, typed), false, null, null);
    }

    /** The JSON editor, as before: the document of {@code POST /api/evaluation/dry-run}. */
    @PostMapping(DRY_RUN)
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
        if (htmx != null) {
            model.addAttribute("response", response);
            model.addAttribute("error", error);
            return "evaluation/dryrun_result";
        }
        Chosen c = version(null, null);
        return dryRunPage(
                model, c, PackForms.defaults(c.doc(), c.set(), "s1", 1), Map.of(), body, true, response, error);
    }

    @PostMapping(DRY_RUN + "/form")
    String dryRunSubmit(@RequestParam Map<String, String> typed, HttpServletResponse res, Model model) {
        Chosen c = version(typed.get("pack"), typed.get("group"));
        Map<String, String> errors = new LinkedHashMap<>();
        String json = dryRunJson(c, typed, errors);
        if (!errors.isEmpty()) {
            res.setStatus(422);
            return dryRunPage(model, c, typed, errors, json, false, null, null);
        }
        DryRunResponse response = null;
        String error = null;
        try {
            response = evaluations.dryRun(json);
        } catch (BadInputException e) {
            res.setStatus(422);
            error = e.getMessage();
        }
        return dryRunPage(model, c, typed, errors, json, false, response, error);
    }

    private String dryRunJson(Chosen c, Map<String, String> typed) {
        return dryRunJson(c, typed, new LinkedHashMap<>());
    }

    /** The dry-run document of the API for the form's values (the same structure the JSON editor takes). */
    private static String dryRunJson(Chosen c, Map<String, String> typed, Map<String, String> errors) {
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
        return pretty(request);
    }

    private static String dryRunPage(
            Model model,
            Chosen c,
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
                        groups(c.doc()),
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

    @GetMapping(WHAT_IF)
    String whatIfForm(
            @RequestParam(defaultValue = "QD366") String pack,
            @RequestParam(required = false) @Nullable String group,
            Model model) {
        Chosen c = inForce(pack, group);
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
        List<Evaluations.WhatIfRow> rows = null;
        String error = null;
        try {
            rows = evaluations.whatIf(pack, draft, subjects);
        } catch (BadInputException e) {
            error = e.getMessage();
        }
        if (htmx != null) {
            model.addAttribute("rows", rows);
            model.addAttribute("error", error);
            return "evaluation/whatif_result";
        }
        Chosen c = inForce(pack, null);
        Map<String, String> typed = new LinkedHashMap<>(WhatIfDrafts.defaults(c.doc()));
        typed.putAll(PackForms.defaults(c.doc(), c.set(), "s1", 1));
        return whatIfPage(model, c, typed, Map.of(), draft, subjects, true, rows, error);
    }

    @PostMapping(WHAT_IF + "/form")
    String whatIfSubmit(@RequestParam Map<String, String> typed, HttpServletResponse res, Model model) {
        Chosen c = inForce(typed.getOrDefault("pack", ""), typed.get("group"));
        Map<String, String> errors = new LinkedHashMap<>();
        String draft = draft(c, typed, errors);
        String subjects = subjects(c, typed, errors);
        if (!errors.isEmpty()) {
            res.setStatus(422);
            return whatIfPage(model, c, typed, errors, draft, subjects, false, null, null);
        }
        List<Evaluations.WhatIfRow> rows = null;
        String error = null;
        try {
            rows = evaluations.whatIf(c.summary().code(), draft, subjects);
        } catch (BadInputException e) {
            res.setStatus(422);
            error = e.getMessage();
        }
        return whatIfPage(model, c, typed, errors, draft, subjects, false, rows, error);
    }

    private String draft(Chosen c, Map<String, String> typed, Map<String, String> errors) {
        String body = evaluations.packBody(c.summary().code(), c.summary().version());
        return WhatIfDrafts.draft(c.doc(), body, typed, errors);
    }

    /** The what-if subjects of the API: the first always, a further one when something was typed for it. */
    private static String subjects(Chosen c, Map<String, String> typed, Map<String, String> errors) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 1; i <= WHAT_IF_SUBJECTS; i++) {
            String prefix = "s" + i;
            if (i > 1 && PackForms.blank(c.set(), prefix, typed)) {
                continue;
            }
            out.add(PackForms.json(c.set(), PackForms.read(c.doc(), c.set(), prefix, i, typed, errors)));
        }
        return pretty(out);
    }

    private static String whatIfPage(
            Model model,
            Chosen c,
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
                        groups(c.doc()),
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

    /** For the dry run: any published version ("CODE:VERSION"), by default the QĐ 366 version in force today. */
    private Chosen version(@Nullable String pack, @Nullable String group) {
        List<Evaluations.PackSummary> published = published();
        Evaluations.PackSummary chosen = published.stream()
                .filter(p -> (p.code() + ":" + p.version()).equals(pack))
                .findFirst()
                .orElseGet(() -> inForceToday(published, "QD366"));
        List<PackForm.Choice> choices = published.stream()
                .map(p -> new PackForm.Choice(
                        p.code() + ":" + p.version(),
                        Texts.t("eval.form.packOption", p.title(), p.version(), VnFormats.date(p.effectiveFrom()))))
                .toList();
        return chosen(chosen, group, choices);
    }

    /** For the what-if: the version of code {@code pack} in force today (what the what-if compares with). */
    private Chosen inForce(String pack, @Nullable String group) {
        LocalDate today = LocalDate.now(VnFormats.VIETNAM);
        List<Evaluations.PackSummary> current = published().stream()
                .filter(p -> !p.effectiveFrom().isAfter(today)
                        && (p.effectiveTo() == null || p.effectiveTo().isAfter(today)))
                .sorted(Comparator.comparing(Evaluations.PackSummary::effectiveFrom)
                        .thenComparing(Evaluations.PackSummary::version)
                        .reversed())
                .toList();
        Map<String, Evaluations.PackSummary> byCode = new LinkedHashMap<>();
        current.forEach(p -> byCode.putIfAbsent(p.code(), p));
        Evaluations.PackSummary chosen =
                byCode.containsKey(pack) ? byCode.get(pack) : inForceToday(List.copyOf(byCode.values()), "QD366");
        List<PackForm.Choice> choices = byCode.values().stream()
                .map(p -> new PackForm.Choice(p.code(), p.title()))
                .toList();
        return chosen(chosen, group, choices);
    }

    private Chosen chosen(Evaluations.PackSummary p, @Nullable String group, List<PackForm.Choice> choices) {
        CompiledPack pack = evaluations.compiled(p.code(), p.version());
        CompiledSet set = group == null ? null : pack.sets().get(group);
        if (set == null) {
            Object example =
                    pack.doc().example() == null ? null : pack.doc().example().get("request");
            Object subject = example instanceof Map<?, ?> r ? r.get("subject") : null;
            Object exampleGroup = subject instanceof Map<?, ?> s ? s.get("targetGroup") : null;
            set = pack.sets().get(String.valueOf(exampleGroup));
        }
        if (set == null) {
            set = pack.sets().get(pack.doc().criteriaSets().get(0).targetGroup());
        }
        return new Chosen(p, pack, set, choices);
    }

    private List<Evaluations.PackSummary> published() {
        return evaluations.packs().stream()
                .filter(p -> "PUBLISHED".equals(p.status()))
                .toList();
    }

    private static Evaluations.PackSummary inForceToday(List<Evaluations.PackSummary> packs, String preferred) {
        LocalDate today = LocalDate.now(VnFormats.VIETNAM);
        Comparator<Evaluations.PackSummary> order = Comparator.comparing(
                        (Evaluations.PackSummary p) -> p.effectiveFrom().isAfter(today)
                                || (p.effectiveTo() != null && !p.effectiveTo().isAfter(today)))
                .thenComparing(p -> !p.code().equals(preferred));
        return packs.stream().min(order).orElseThrow();
    }

    private static List<PackForm.Choice> groups(RulePackDoc doc) {
        return doc.criteriaSets().stream()
                .map(cs -> new PackForm.Choice(cs.targetGroup(), cs.name()))
                .toList();
    }

    static String pretty(Object value) {
        return RulePackJson.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }
}
