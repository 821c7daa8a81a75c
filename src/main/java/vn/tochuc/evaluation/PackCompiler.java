package vn.tochuc.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        PackChecks.require(doc.code() != null && !doc.code().isBlank(), "Gói quy tắc thiếu mã (code).");
        PackChecks.require(doc.effectiveFrom() != null, "Gói " + doc.code() + " thiếu ngày hiệu lực (effectiveFrom).");
        PackChecks.require(doc.params() != null, "Gói " + doc.code() + " thiếu tham số (params).");
        PackChecks.require(
                doc.criteriaSets() != null && !doc.criteriaSets().isEmpty(),
                "Gói " + doc.code() + " không có bộ tiêu chí nào.");
        PackChecks.require(
                doc.effectiveTo() == null || doc.effectiveTo().isAfter(doc.effectiveFrom()),
                "Gói " + doc.code() + ": ngày hết hiệu lực phải sau ngày hiệu lực.");
        checkBands(doc);
        checkQuota(doc);
        Map<String, CompiledSet> sets = new LinkedHashMap<>();
        for (RulePackDoc.CriteriaSet set : doc.criteriaSets()) {
            PackChecks.require(
                    sets.put(set.targetGroup(), compileSet(doc, set, interpretOnly)) == null,
                    "Gói " + doc.code() + ": nhóm đối tượng " + set.targetGroup() + " có hai bộ tiêu chí.");
        }
        Map<String, Integer> events = new LinkedHashMap<>();
        for (RulePackDoc.Disqualifier d : PackChecks.nullSafe(doc.disqualifiers())) {
            PackChecks.require(
                    d.code() != null && d.rule() != null,
                    "Gói " + doc.code() + ": sự kiện loại trừ thiếu mã hoặc quy tắc.");
            events.put(d.code(), events.size());
        }
        PackChecks.require(events.size() <= 63, "Gói " + doc.code() + " có quá nhiều sự kiện loại trừ.");
        return new CompiledPack(doc, Map.copyOf(sets), Map.copyOf(events));
    }

    private static void checkBands(RulePackDoc doc) {
        List<RulePackDoc.Band> bands = PackChecks.nullSafe(doc.params().bands());
        EnumSet<Grade> seen = EnumSet.noneOf(Grade.class);
        for (RulePackDoc.Band b : bands) {
            PackChecks.require(
                    b.grade() != null && seen.add(b.grade()),
                    "Gói " + doc.code() + ": khung điểm của xếp loại " + b.grade() + " bị khai báo hai lần.");
        }
        PackChecks.require(seen.size() == 4, "Gói " + doc.code() + ": cần đủ khung điểm cho 4 mức xếp loại (EVAL-01).");
        List<RulePackDoc.Band> sorted = bands.stream()
                .sorted(Comparator.comparing(RulePackDoc.Band::grade).reversed())
                .toList();
        for (int i = 1; i < sorted.size(); i++) {
            RulePackDoc.Band hi = sorted.get(i - 1);
            RulePackDoc.Band lo = sorted.get(i);
            PackChecks.require(
                    hi.min() > lo.min(),
                    "Gói " + doc.code() + ": khung điểm chồng lấn: " + hi.grade() + " từ " + hi.min() + " phải cao hơn "
                            + lo.grade() + " từ " + lo.min() + " (quy tắc " + hi.rule() + ").");
        }
    }

    private static void checkQuota(RulePackDoc doc) {
        RulePackDoc.Quota q = doc.params().quota();
        PackChecks.require(
                q != null && q.share() > 0 && q.share() <= 1,
                "Gói " + doc.code() + ": tỷ lệ hạn mức xuất sắc phải trong (0; 1].");
        PackChecks.require(
                Set.of("HTTNV", "ALL", "PARTY_SHARE").contains(q.base()),
                "Gói " + doc.code() + ": cơ sở tính hạn mức phải là HTTNV, ALL hoặc PARTY_SHARE (quy tắc " + q.rule()
                        + ").");
        QuotaPolicy.Rounding.parse(q.rounding(), q.rule());
        AggregationPolicy.parse(doc.params().aggregation());
    }

    private static CompiledSet compileSet(RulePackDoc doc, RulePackDoc.CriteriaSet set, boolean interpretOnly) {
        String where0 = "Bộ tiêu chí " + set.targetGroup();
        List<String> names = new ArrayList<>();
        List<RulePackDoc.Input> inputs = PackChecks.nullSafe(set.inputs());
        for (RulePackDoc.Input in : inputs) {
            PackChecks.require(
                    in.name() != null && in.name().matches("[A-Za-z][A-Za-z0-9]*"),
                    where0 + ": tên đầu vào «" + in.name() + "» không hợp lệ (chỉ chữ cái và số).");
            PackChecks.require(!names.contains(in.name()), where0 + ": đầu vào «" + in.name() + "» khai báo hai lần.");
            PackChecks.require(in.min() <= in.max(), where0 + ": đầu vào «" + in.name() + "» có min lớn hơn max.");
            names.add(in.name());
        }
        Map<String, Double> numbers =
                doc.params().numbers() == null ? Map.of() : doc.params().numbers();
        for (String p : numbers.keySet()) {
            PackChecks.require(!names.contains(p), where0 + ": tham số «" + p + "» trùng tên một đầu vào.");
            names.add(p);
        }
        double[] template = new double[names.size()];
        for (int i = 0; i < inputs.size(); i++) {
            Double d = inputs.get(i).defaultValue();
            template[i] = d == null ? inputs.get(i).min() : d;
        }
        int k = inputs.size();
        for (Map.Entry<String, Double> e : numbers.entrySet()) {
            PackChecks.require(e.getValue() != null, where0 + ": tham số «" + e.getKey() + "» không có giá trị.");
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
                where0 + ": tổng điểm tối đa các nhóm (" + sumGroups + ") nhỏ hơn thang điểm "
                        + doc.params().maxTotal() + " (EVAL-12).");
        List<CompiledSet.CompiledCondition> conditions = new ArrayList<>();
        for (RulePackDoc.Condition c : PackChecks.nullSafe(doc.conditions())) {
            if (c.groups() == null || c.groups().isEmpty() || c.groups().contains(set.targetGroup())) {
                var compiled = cel.compile(
                        c.expr(),
                        CelFormulas.Kind.CONDITION,
                        where0 + ", điều kiện xếp loại " + c.grade() + " (quy tắc " + c.rule() + ")");
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
