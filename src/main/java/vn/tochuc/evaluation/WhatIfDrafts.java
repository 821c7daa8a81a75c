package vn.tochuc.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.tochuc.shared.Texts;

/**
 * The draft side of the what-if form: the published pack's score thresholds of each grade and its quota share,
 * as fields an officer changes; read back into the draft pack document the what-if API takes (the published
 * body with those numbers replaced).
 */
final class WhatIfDrafts {

    static final String BAND = "draft.band.";
    static final String QUOTA = "draft.quota";

    private WhatIfDrafts() {}

    /** The published values, for a fresh form. */
    static Map<String, String> defaults(RulePackDoc doc) {
        Map<String, String> out = new LinkedHashMap<>();
        for (RulePackDoc.Band b : doc.params().bands()) {
            if (b.min() > 0) {
                out.put(BAND + b.grade().name(), ScoringPolicy.num(b.min()));
            }
        }
        out.put(QUOTA, ScoringPolicy.num(Math.round(doc.params().quota().share() * 10000) / 100.0));
        return out;
    }

    static List<PackForm.Field> fields(RulePackDoc doc, Map<String, String> typed, Map<String, String> errors) {
        List<PackForm.Field> out = new ArrayList<>();
        String points = Texts.t("eval.form.unit.points");
        for (RulePackDoc.Band b : doc.params().bands()) {
            if (b.min() > 0) {
                String name = BAND + b.grade().name();
                out.add(field(
                        name,
                        Texts.t("eval.whatIf.bandFrom", b.grade().label()),
                        points,
                        doc.params().maxTotal(),
                        typed,
                        errors));
            }
        }
        out.add(field(QUOTA, Texts.t("eval.whatIf.quotaShare"), "%", 100, typed, errors));
        return out;
    }

    private static PackForm.Field field(
            String name, String label, String unit, double max, Map<String, String> typed, Map<String, String> errors) {
        return new PackForm.Field(
                name,
                label,
                unit,
                "0",
                ScoringPolicy.num(max),
                typed.getOrDefault(name, ""),
                null,
                errors.get(name),
                true,
                List.of());
    }

    /**
     * The draft pack: {@code publishedBody} with the thresholds and quota share typed; a bad field gets its
     * message in {@code errors} and the published value is kept for it.
     */
    static String draft(RulePackDoc doc, String publishedBody, Map<String, String> typed, Map<String, String> errors) {
        JsonNode tree = RulePackJson.tree(publishedBody);
        JsonNode params = tree.get("params");
        double maxTotal = doc.params().maxTotal();
        for (JsonNode band : params.get("bands")) {
            String name = BAND + band.get("grade").asString();
            if (typed.containsKey(name) || band.get("min").asDouble() > 0) {
                Double v = value(name, typed, maxTotal, errors);
                if (v != null) {
                    ((ObjectNode) band).put("min", v);
                }
            }
        }
        Double share = value(QUOTA, typed, 100, errors);
        if (share != null) {
            ((ObjectNode) params.get("quota")).put("share", share / 100);
        }
        return RulePackJson.pretty(tree);
    }

    private static @Nullable Double value(
            String name, Map<String, String> typed, double max, Map<String, String> errors) {
        String raw = typed.getOrDefault(name, "").strip();
        if (raw.isEmpty()) {
            errors.put(name, Texts.t("eval.form.required"));
            return null;
        }
        return PackForms.number(name, raw, 0, max, errors);
    }
}
