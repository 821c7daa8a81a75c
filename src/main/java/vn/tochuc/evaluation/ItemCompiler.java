package vn.tochuc.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles one criterion (mục tiêu chí) into a {@link FastExpr} by its scoring method: RANGE (points
 * typed in), FORMULA (CEL) or CHECKLIST (base plus deductions and bonuses per counted event). The cap
 * of the item is applied by {@link ScoringPolicy}, not here.
 */
final class ItemCompiler {

    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private ItemCompiler() {}

    static CompiledSet.CompiledItem compile(
            CelFormulas cel,
            List<String> names,
            RulePackDoc.ItemGroup group,
            int groupIndex,
            RulePackDoc.Item item,
            String set) {
        String where = set + ", mục " + item.code() + " «" + item.name() + "» (quy tắc " + item.rule() + ")";
        PackChecks.require(
                item.max() >= 0 && item.max() <= group.max(),
                where + ": điểm tối đa " + item.max() + " vượt điểm tối đa của nhóm " + group.code() + " ("
                        + group.max() + ").");
        String method = item.method() == null ? "" : item.method();
        return switch (method) {
            case "RANGE" -> {
                int slot = names.indexOf(item.input());
                PackChecks.require(
                        item.input() != null && slot >= 0,
                        where + ": đầu vào «" + item.input() + "» chưa được khai báo.");
                yield new CompiledSet.CompiledItem(
                        item, groupIndex, item.max(), FastExpr.slot(slot), List.of(item.input()), true);
            }
            case "FORMULA" -> {
                var c = cel.compile(item.formula(), CelFormulas.Kind.NUMBER, where);
                yield new CompiledSet.CompiledItem(
                        item, groupIndex, item.max(), c.fast(), reads(item.formula(), names), c.native_());
            }
            case "CHECKLIST" -> checklist(names, groupIndex, item, where);
            default ->
                throw new EvaluationInputException(
                        where + ": cách chấm «" + method + "» không được hỗ trợ (RANGE, FORMULA hoặc CHECKLIST).");
        };
    }

    private static CompiledSet.CompiledItem checklist(
            List<String> names, int groupIndex, RulePackDoc.Item item, String where) {
        List<RulePackDoc.Entry> entries = PackChecks.nullSafe(item.entries());
        PackChecks.require(!entries.isEmpty(), where + ": danh mục trừ/cộng điểm trống.");
        double base = item.base() == null ? 0.0 : item.base();
        int[] slots = new int[entries.size()];
        double[] points = new double[entries.size()];
        List<String> reads = new ArrayList<>();
        for (int i = 0; i < slots.length; i++) {
            RulePackDoc.Entry e = entries.get(i);
            slots[i] = names.indexOf(e.input());
            PackChecks.require(slots[i] >= 0, where + ": đầu vào «" + e.input() + "» chưa được khai báo.");
            points[i] = e.points();
            reads.add(e.input());
        }
        FastExpr expr = v -> {
            double s = base;
            for (int i = 0; i < slots.length; i++) {
                s += points[i] * v[slots[i]];
            }
            return s;
        };
        return new CompiledSet.CompiledItem(item, groupIndex, item.max(), expr, List.copyOf(reads), true);
    }

    /** The declared variables a formula mentions, for the explanation. */
    static List<String> reads(String formula, List<String> names) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(formula == null ? "" : formula);
        while (m.find()) {
            if (names.contains(m.group())) {
                out.add(m.group());
            }
        }
        return List.copyOf(out);
    }
}
