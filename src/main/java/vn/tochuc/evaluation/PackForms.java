package vn.tochuc.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.tochuc.shared.Texts;
import vn.tochuc.shared.VnFormats;

/**
 * Builds the subject fields of the dry-run and what-if forms from a compiled criteria set, and reads them back
 * into the {@link Subject} the JSON API takes, so that both paths score through the same service. A field is
 * posted as {@code <prefix>.in.<input>} and an event as {@code <prefix>.ev.<code>}; every refusal is a message
 * for the field it concerns.
 */
final class PackForms {

    static final String IN = ".in.";
    static final String EV = ".ev.";

    /** What {@code <input type="number">} posts ("5.5"); anything else is read the Vietnamese way ("5,5"). */
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");

    private PackForms() {}

    /** The values a fresh form starts with: the pack's worked example when it is of this set, else the defaults. */
    static Map<String, String> defaults(RulePackDoc doc, CompiledSet set, String prefix, int number) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(prefix + ".name", Texts.t("eval.form.subject", number));
        out.put(prefix + ".kind", Subject.Kind.INDIVIDUAL.name());
        if (number > 1) {
            return out; // a further what-if subject starts blank: a blank one is left out
        }
        Map<?, ?> example = example(doc, set);
        Object inputs = example.get("inputs");
        for (RulePackDoc.Input in : set.inputs()) {
            Object v = inputs instanceof Map<?, ?> m ? m.get(in.name()) : null;
            Double value = v instanceof Number n ? n.doubleValue() : in.defaultValue();
            if (value != null) {
                out.put(prefix + IN + in.name(), ScoringPolicy.num(value));
            }
        }
        if (example.get("events") instanceof List<?> events) {
            events.forEach(e -> out.put(prefix + EV + e, "on"));
        }
        if (example.get("kind") != null) {
            out.put(prefix + ".kind", example.get("kind").toString());
        }
        return out;
    }

    private static Map<?, ?> example(RulePackDoc doc, CompiledSet set) {
        Object request = doc.example() == null ? null : doc.example().get("request");
        Object subject = request instanceof Map<?, ?> r ? r.get("subject") : null;
        return subject instanceof Map<?, ?> s && set.targetGroup().equals(s.get("targetGroup")) ? s : Map.of();
    }

    /** The fields of subject {@code prefix}, with the values in {@code typed} and the messages in {@code errors}. */
    static PackForm.SubjectFields fields(
            RulePackDoc doc,
            CompiledSet set,
            String prefix,
            int number,
            Map<String, String> typed,
            Map<String, String> errors) {
        Set<String> shown = new HashSet<>();
        List<PackForm.Section> sections = new ArrayList<>();
        for (int g = 0; g < set.groups().length; g++) {
            RulePackDoc.ItemGroup group = set.groups()[g];
            List<PackForm.Item> items = new ArrayList<>();
            for (CompiledSet.CompiledItem it : set.items()) {
                if (it.group() != g) {
                    continue;
                }
                List<PackForm.Field> fields = new ArrayList<>();
                for (String name : it.reads()) {
                    RulePackDoc.Input in = input(set, name);
                    if (in != null && shown.add(name)) {
                        fields.add(field(in, it.item(), prefix, typed, errors));
                    }
                }
                items.add(new PackForm.Item(
                        it.item().name(),
                        ScoringPolicy.num(it.item().max()),
                        it.item().rule(),
                        fields));
            }
            sections.add(new PackForm.Section(group.name(), ScoringPolicy.num(group.max()), group.rule(), items));
        }
        List<PackForm.Field> others = set.inputs().stream()
                .filter(in -> !shown.contains(in.name()))
                .map(in -> field(in, null, prefix, typed, errors))
                .toList();
        List<PackForm.Check> events = PackChecks.nullSafe(doc.disqualifiers()).stream()
                .map(d -> new PackForm.Check(
                        prefix + EV + d.code(), d.label(), d.rule(), typed.containsKey(prefix + EV + d.code())))
                .toList();
        String kind = prefix + ".kind";
        List<PackForm.Choice> kinds = List.of(
                new PackForm.Choice(
                        Subject.Kind.INDIVIDUAL.name(), Texts.t("eval.form.kind." + Subject.Kind.INDIVIDUAL)),
                new PackForm.Choice(
                        Subject.Kind.COLLECTIVE.name(), Texts.t("eval.form.kind." + Subject.Kind.COLLECTIVE)));
        boolean open = number == 1
                || !blank(set, prefix, typed)
                || errors.keySet().stream().anyMatch(k -> k.startsWith(prefix + "."));
        return new PackForm.SubjectFields(
                prefix,
                number,
                open,
                text(prefix + ".name", Texts.t("eval.form.name"), typed, errors),
                new PackForm.Field(
                        kind,
                        Texts.t("eval.form.kind"),
                        "",
                        "",
                        "",
                        typed.getOrDefault(kind, ""),
                        null,
                        errors.get(kind),
                        true,
                        kinds),
                sections,
                others,
                events);
    }

    static PackForm.Field text(String name, String label, Map<String, String> typed, Map<String, String> errors) {
        return new PackForm.Field(
                name, label, "", "", "", typed.getOrDefault(name, ""), null, errors.get(name), false, List.of());
    }

    private static PackForm.Field field(
            RulePackDoc.Input in,
            RulePackDoc.@Nullable Item item,
            String prefix,
            Map<String, String> typed,
            Map<String, String> errors) {
        String name = prefix + IN + in.name();
        String label = in.label();
        String unit = "";
        if (label.endsWith("(%)")) {
            label = label.substring(0, label.length() - 3).strip();
            unit = "%";
        } else if (item != null && "RANGE".equals(item.method())) {
            unit = Texts.t("eval.form.unit.points");
        }
        String hint = null;
        if (item != null && item.entries() != null) {
            hint = item.entries().stream()
                    .filter(e -> e.input().equals(in.name()))
                    .map(e -> Texts.t(
                            "eval.form.entry", e.label(), (e.points() > 0 ? "+" : "") + ScoringPolicy.num(e.points())))
                    .findFirst()
                    .orElse(null);
        }
        return new PackForm.Field(
                name,
                label,
                unit,
                ScoringPolicy.num(in.min()),
                ScoringPolicy.num(in.max()),
                typed.getOrDefault(name, ""),
                hint,
                errors.get(name),
                in.required(),
                List.of());
    }

    private static RulePackDoc.@Nullable Input input(CompiledSet set, String name) {
        return set.inputs().stream()
                .filter(i -> i.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    /** True when nothing of subject {@code prefix} was typed but its name and kind (an unused what-if column). */
    static boolean blank(CompiledSet set, String prefix, Map<String, String> typed) {
        return set.inputs().stream()
                        .allMatch(in ->
                                typed.getOrDefault(prefix + IN + in.name(), "").isBlank())
                && typed.keySet().stream().noneMatch(k -> k.startsWith(prefix + EV));
    }

    /**
     * Subject {@code prefix} as the API takes it; every bad field gets its message in {@code errors} (the subject
     * is then incomplete and must not be scored).
     */
    static Subject read(
            RulePackDoc doc,
            CompiledSet set,
            String prefix,
            int number,
            Map<String, String> typed,
            Map<String, String> errors) {
        Map<String, Double> inputs = new LinkedHashMap<>();
        for (RulePackDoc.Input in : set.inputs()) {
            String name = prefix + IN + in.name();
            String raw = typed.getOrDefault(name, "").strip();
            if (raw.isEmpty()) {
                if (in.required()) {
                    errors.put(name, Texts.t("eval.form.required"));
                }
                continue;
            }
            Double value = number(name, raw, in.min(), in.max(), errors);
            if (value != null) {
                inputs.put(in.name(), value);
            }
        }
        Set<String> events = new LinkedHashSet<>();
        for (RulePackDoc.Disqualifier d : PackChecks.nullSafe(doc.disqualifiers())) {
            if (typed.containsKey(prefix + EV + d.code())) {
                events.add(d.code());
            }
        }
        String kindField = prefix + ".kind";
        Subject.Kind kind = Subject.Kind.INDIVIDUAL;
        try {
            kind = Subject.Kind.valueOf(typed.getOrDefault(kindField, ""));
        } catch (IllegalArgumentException e) {
            errors.put(kindField, Texts.t("form.invalid-value", typed.getOrDefault(kindField, "")));
        }
        String id = typed.getOrDefault(prefix + ".name", "").strip();
        if (id.length() > 100) {
            errors.put(prefix + ".name", Texts.t("form.too-long", 100, id.length()));
        }
        return new Subject(
                id.isEmpty() ? Texts.t("eval.form.subject", number) : id,
                kind,
                set.targetGroup(),
                number,
                null,
                inputs,
                events);
    }

    /** {@code raw} as a number in [min; max], or null with the message for field {@code name}. */
    static @Nullable Double number(String name, String raw, double min, double max, Map<String, String> errors) {
        double value;
        try {
            value = PLAIN.matcher(raw).matches()
                    ? Double.parseDouble(raw)
                    : VnFormats.parseNumber(raw).doubleValue();
        } catch (VnFormats.InvalidNumberException e) {
            errors.put(name, Texts.t("form.not-a-number", raw));
            return null;
        }
        if (value < min || value > max) {
            errors.put(name, Texts.t("eval.form.range", ScoringPolicy.num(min), ScoringPolicy.num(max)));
            return null;
        }
        return value;
    }

    /** The subject as the JSON of the API ({@code subject} of a dry run, an element of the what-if subjects). */
    static Map<String, Object> json(CompiledSet set, Subject s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.id());
        out.put("kind", s.kind().name());
        out.put("targetGroup", s.targetGroup());
        out.put("unitId", s.unitId());
        if (s.headOfUnitId() != null) {
            out.put("headOfUnitId", s.headOfUnitId());
        }
        Map<String, Double> inputs = new LinkedHashMap<>();
        set.inputs().stream()
                .filter(in -> s.inputs().containsKey(in.name()))
                .forEach(in -> inputs.put(in.name(), s.inputs().get(in.name())));
        out.put("inputs", inputs);
        out.put("events", s.events().stream().sorted().toList());
        return out;
    }
}
