package vn.tochuc.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Points of a criteria set (EVAL-12, EVAL-51, KPI-01/02): each item clamped to [0, its maximum], each
 * group to its maximum, the total to the pack's scale, rounded to 2 decimals before banding (so 89.995
 * counts as 90.00). {@link #total} is the allocation-free hot path; {@link #explained} does the same
 * arithmetic and records each step.
 */
final class ScoringPolicy {

    private ScoringPolicy() {}

    static double total(CompiledSet s, double[] v) {
        CompiledSet.CompiledItem[] items = s.items();
        double[] groupMax = s.groupMax();
        double total = 0.0;
        double group = 0.0;
        int current = items.length == 0 ? 0 : items[0].group();
        for (CompiledSet.CompiledItem it : items) {
            if (it.group() != current) {
                total += Math.min(group, groupMax[current]);
                group = 0.0;
                current = it.group();
            }
            double p = it.expr().eval(v);
            group += p < 0.0 || p != p ? 0.0 : Math.min(p, it.max());
        }
        if (items.length > 0) {
            total += Math.min(group, groupMax[current]);
        }
        return Math.round(Math.min(total, s.maxTotal()) * 100.0) / 100.0;
    }

    static double explained(CompiledSet s, double[] v, Explanation.Builder ex) {
        return explained(s, v, raws(s, v), ex);
    }

    /** Each item's value as its formula computes it, before the clamp to [0, its maximum]. */
    static double[] raws(CompiledSet s, double[] v) {
        CompiledSet.CompiledItem[] items = s.items();
        double[] raws = new double[items.length];
        for (int i = 0; i < items.length; i++) {
            raws[i] = items[i].expr().eval(v);
        }
        return raws;
    }

    /**
     * The total from the items' raw values ({@link #raws}), with the same arithmetic as {@link #explained}:
     * clamp each item, cap each group, cap the total, round to 2 decimals.
     */
    static double totalOfRaws(CompiledSet s, double[] raws) {
        double[] perGroup = new double[s.groupMax().length];
        CompiledSet.CompiledItem[] items = s.items();
        for (int i = 0; i < items.length; i++) {
            double raw = raws[i];
            perGroup[items[i].group()] += raw < 0.0 || raw != raw ? 0.0 : Math.min(raw, items[i].max());
        }
        double total = 0.0;
        for (int g = 0; g < perGroup.length; g++) {
            total += Math.min(perGroup[g], s.groupMax()[g]);
        }
        return Math.round(Math.min(total, s.maxTotal()) * 100.0) / 100.0;
    }

    /**
     * Explains the scoring from the items' raw values: computed just now ({@link #raws}), or read back from a
     * stored result ({@link StoredExplanation}), so a stored explanation renders exactly as it was built.
     */
    static double explained(CompiledSet s, double[] v, double[] raws, Explanation.Builder ex) {
        double[] perGroup = new double[s.groupMax().length];
        CompiledSet.CompiledItem[] items = s.items();
        for (int i = 0; i < items.length; i++) {
            CompiledSet.CompiledItem it = items[i];
            double raw = raws[i];
            double p = raw < 0.0 || raw != raw ? 0.0 : Math.min(raw, it.max());
            perGroup[it.group()] += p;
            RulePackDoc.Item item = it.item();
            String text = "Mục " + item.code() + " «" + item.name() + "» (" + method(item) + "): "
                    + Explanation.round(p) + "/" + num(it.max()) + " điểm"
                    + (raw > it.max() ? " (giới hạn ở điểm tối đa, tính ra " + Explanation.round(raw) + ")" : "")
                    + (raw < 0 ? " (không âm, tính ra " + Explanation.round(raw) + ")" : "") + ".";
            ex.points(item.rule(), text, read(s, v, it.reads()), p);
        }
        double total = 0.0;
        for (int g = 0; g < perGroup.length; g++) {
            RulePackDoc.ItemGroup group = s.groups()[g];
            double capped = Math.min(perGroup[g], s.groupMax()[g]);
            total += capped;
            ex.points(
                    group.rule(),
                    "Nhóm " + group.code() + " «" + group.name() + "»: " + Explanation.round(capped)
                            + "/" + num(group.max()) + " điểm"
                            + (perGroup[g] > group.max() ? " (giới hạn ở điểm tối đa)" : "")
                            + ".",
                    Map.of(),
                    capped);
        }
        double rounded = Math.round(Math.min(total, s.maxTotal()) * 100.0) / 100.0;
        ex.points(
                s.scaleRule(),
                "Tổng điểm: " + rounded + "/" + num(s.maxTotal())
                        + (total > s.maxTotal() ? " (tối đa " + num(s.maxTotal()) + ", kể cả điểm thưởng)" : "")
                        + "; làm tròn 2 chữ số thập phân.",
                Map.of(),
                rounded);
        return rounded;
    }

    static Map<String, Double> read(CompiledSet s, double[] v, Iterable<String> names) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String n : names) {
            int i = s.slot(n);
            if (i >= 0) {
                out.put(n, v[i]);
            }
        }
        return out;
    }

    private static String method(RulePackDoc.Item item) {
        return switch (item.method()) {
            case "RANGE" -> "chấm điểm trong khung";
            case "FORMULA" -> "công thức " + item.formula();
            default -> "danh mục cộng/trừ điểm, gốc " + num(item.base() == null ? 0 : item.base());
        };
    }

    static String num(@Nullable Double d) {
        if (d == null) {
            return "";
        }
        return d == Math.rint(d) ? Long.toString(d.longValue()) : Double.toString(d);
    }
}
