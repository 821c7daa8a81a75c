package vn.tochuc.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tochuc.shared.Texts;

/**
 * Checks a rule pack and compiles each criteria set (bộ tiêu chí): bands must cover the four grades
 * without overlapping, items must fit their group's maximum, every formula and condition must
 * type-check. Every refusal is a Vietnamese sentence naming the item and the rule.
 */
final class PackCompiler {

    private PackCompiler() {}

    static CompiledPack compile(RulePackDoc doc) {
        return compile(doc, false);
    }

    /** @param interpretOnly every formula on CEL's interpreter, for the benchmark baseline */
    static CompiledPack compile(RulePackDoc doc, boolean interpretOnly) {
        PackChecks.require(doc.code() != null && !doc.code().isBlank(), Texts.t("eval.err.pack.noCode"));
        PackChecks.require(doc.effectiveFrom() != null, Texts.t("eval.err.pack.noFrom", doc.code()));
        PackChecks.require(doc.params() != null, Texts.t("eval.err.pack.noParams", doc.code()));
        PackChecks.require(
                doc.criteriaSets() != null && !doc.criteriaSets().isEmpty(),
                Texts.t("eval.err.pack.noSets", doc.code()));
        PackChecks.require(
                doc.effectiveTo() == null || doc.effectiveTo().isAfter(doc.effectiveFrom()),
                Texts.t("eval.err.pack.dates", doc.code()));
        checkBands(doc);
        checkQuota(doc);
        Map<String, CompiledSet> sets = new LinkedHashMap<>();
        for (RulePackDoc.CriteriaSet set : doc.criteriaSets()) {
            PackChecks.require(
                    sets.put(set.targetGroup(), compileSet(doc, set, interpretOnly)) == null,
                    Texts.t("eval.err.pack.twoSets", doc.code(), set.targetGroup()));
        }
        Map<String, Integer> events = new LinkedHashMap<>();
        for (RulePackDoc.Disqualifier d : PackChecks.nullSafe(doc.disqualifiers())) {
            PackChecks.require(d.code() != null && d.rule() != null, Texts.t("eval.err.pack.disqualifier", doc.code()));
            events.put(d.code(), events.size());
        }
        PackChecks.require(events.size() <= 63, Texts.t("eval.err.pack.tooManyEvents", doc.code()));
        return new CompiledPack(doc, Map.copyOf(sets), Map.copyOf(events));
    }

    private static void checkBands(RulePackDoc doc) {
        List<RulePackDoc.Band> bands = PackChecks.nullSafe(doc.params().bands());
        EnumSet<Grade> seen = EnumSet.noneOf(Grade.class);
        for (RulePackDoc.Band b : bands) {
            PackChecks.require(
                    b.grade() != null && seen.add(b.grade()),
                    Texts.t("eval.err.pack.bandTwice", doc.code(), b.grade()));
        }
        PackChecks.require(seen.size() == 4, Texts.t("eval.err.pack.fourBands", doc.code()));
        List<RulePackDoc.Band> sorted = bands.stream()
                .sorted(Comparator.comparing(RulePackDoc.Band::grade).reversed())
                .toList();
        for (int i = 1; i < sorted.size(); i++) {
            RulePackDoc.Band hi = sorted.get(i - 1);
            RulePackDoc.Band lo = sorted.get(i);
            PackChecks.require(
                    hi.min() > lo.min(),
                    Texts.t(
                            "eval.err.pack.bandsOverlap",
                            doc.code(),
                            hi.grade(),
                            hi.min(),
                            lo.grade(),
                            lo.min(),
                            hi.rule()));
        }
    }

    private static void checkQuota(RulePackDoc doc) {
        RulePackDoc.Quota q = doc.params().quota();
        PackChecks.require(
                q != null && q.share() > 0 && q.share() <= 1, Texts.t("eval.err.pack.quotaShare", doc.code()));
        PackChecks.require(
                Set.of("HTTNV", "ALL", "PARTY_SHARE").contains(q.base()),
                Texts.t("eval.err.pack.quotaBase", doc.code(), q.rule()));
        QuotaPolicy.Rounding.parse(q.rounding(), q.rule());
        AggregationPolicy.parse(doc.params().aggregation());
    }

    private static CompiledSet compileSet(RulePackDoc doc, RulePackDoc.CriteriaSet set, boolean interpretOnly) {
        String where0 = Texts.t("eval.err.set", set.targetGroup());
        List<String> names = new ArrayList<>();
        List<RulePackDoc.Input> inputs = PackChecks.nullSafe(set.inputs());
        for (RulePackDoc.Input in : inputs) {
            PackChecks.require(
                    in.name() != null && in.name().matches("[A-Za-z][A-Za-z0-9]*"),
                    Texts.t("eval.err.set.inputName", where0, in.name()));
            PackChecks.require(!names.contains(in.name()), Texts.t("eval.err.set.inputTwice", where0, in.name()));
            PackChecks.require(in.min() <= in.max(), Texts.t("eval.err.set.inputRange", where0, in.name()));
            names.add(in.name());
        }
        Map<String, Double> numbers =
                doc.params().numbers() == null ? Map.of() : doc.params().numbers();
        for (String p : numbers.keySet()) {
            PackChecks.require(!names.contains(p), Texts.t("eval.err.set.paramClash", where0, p));
            names.add(p);
        }
        double[] template = new double[names.size()];
        for (int i = 0; i < inputs.size(); i++) {
            Double d = inputs.get(i).defaultValue();
            template[i] = d == null ? inputs.get(i).min() : d;
        }
        int k = inputs.size();
        for (Map.Entry<String, Double> e : numbers.entrySet()) {
            PackChecks.require(e.getValue() != null, Texts.t("eval.err.set.paramEmpty", where0, e.getKey()));
            template[k++] = e.getValue();
        }
        CelFormulas cel = new CelFormulas(names, interpretOnly);
        List<CompiledSet.CompiledItem> items = new ArrayList<>();
        List<RulePackDoc.ItemGroup> groups = PackChecks.nullSafe(set.groups());
        double[] groupMax = new double[groups.size()];
        double sumGroups = 0;
        for (int g = 0; g < groups.size(); g++) {
            RulePackDoc.ItemGroup group = groups.get(g);
            groupMax[g] = group.max();
            sumGroups += group.max();
            for (RulePackDoc.Item item : PackChecks.nullSafe(group.items())) {
                items.add(ItemCompiler.compile(cel, names, group, g, item, where0));
            }
        }
        PackChecks.require(
                sumGroups >= doc.params().maxTotal(),
                Texts.t(
                        "eval.err.set.groupsMax",
                        where0,
                        sumGroups,
                        doc.params().maxTotal()));
        List<CompiledSet.CompiledCondition> conditions = new ArrayList<>();
        for (RulePackDoc.Condition c : PackChecks.nullSafe(doc.conditions())) {
            if (c.groups() == null || c.groups().isEmpty() || c.groups().contains(set.targetGroup())) {
                var compiled = cel.compile(
                        c.expr(),
                        CelFormulas.Kind.CONDITION,
                        Texts.t("eval.err.set.condition", where0, c.grade(), c.rule()));
                conditions.add(
                        new CompiledSet.CompiledCondition(c, compiled.fast(), ItemCompiler.reads(c.expr(), names)));
            }
        }
        List<RulePackDoc.Band> bands = doc.params().bands().stream()
                .sorted(Comparator.comparing(RulePackDoc.Band::grade).reversed())
                .toList();
        return new CompiledSet(
                set.targetGroup(),
                set.name(),
                List.copyOf(names),
                inputs.size(),
                template,
                List.copyOf(inputs),
                items.toArray(CompiledSet.CompiledItem[]::new),
                groupMax,
                groups.toArray(RulePackDoc.ItemGroup[]::new),
                conditions.toArray(CompiledSet.CompiledCondition[]::new),
                bands.stream().mapToDouble(RulePackDoc.Band::min).toArray(),
                bands.stream().map(RulePackDoc.Band::grade).toArray(Grade[]::new),
                bands.stream().map(RulePackDoc.Band::rule).toArray(String[]::new),
                doc.params().maxTotal(),
                doc.params().scaleRule() == null ? "EVAL-12" : doc.params().scaleRule());
    }
}
