package vn.tochuc.evaluation;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Grade determination (domain rules §1.7): the lowest of (a) the score band, (b) the highest grade whose
 * extra conditions hold, (c) the head cap (EVAL-32/36) and (d) the quota decision; any disqualifying
 * event (EVAL-31, EVAL-43, EVAL-59) forces KHTNV whatever the score. Pure, no Spring.
 */
final class GradePolicy {

    private static final Grade[] BOTTOM_UP = {Grade.HTNV, Grade.HTTNV, Grade.HTXSNV};

    private GradePolicy() {}

    /** The hot path. {@code events} is a bit mask of the pack's disqualifiers. */
    static Grade grade(
            CompiledSet s, double[] v, double total, long events, @Nullable Grade headCap, @Nullable Grade quota) {
        return events != 0L ? Grade.KHTNV : capped(s, byConditions(s, v), total, headCap, quota);
    }

    /** As above, with the conditions already tested ({@link #conditions}), as the batch records them. */
    static Grade grade(
            CompiledSet s, boolean[] ok, double total, long events, @Nullable Grade headCap, @Nullable Grade quota) {
        return events != 0L ? Grade.KHTNV : capped(s, byConditions(s, ok), total, headCap, quota);
    }

    /** The lowest of the score band, the conditions' grade, the head cap and the quota result (§1.7). */
    private static Grade capped(
            CompiledSet s, Grade byConditions, double total, @Nullable Grade headCap, @Nullable Grade quota) {
        Grade g = Grade.min(band(s, total), byConditions);
        if (headCap != null) {
            g = Grade.min(g, headCap);
        }
        return quota == null ? g : Grade.min(g, quota);
    }

    static Grade band(CompiledSet s, double total) {
        double[] min = s.bandMin();
        for (int i = 0; i < min.length; i++) {
            if (total >= min[i]) {
                return s.bandGrade()[i];
            }
        }
        return Grade.KHTNV;
    }

    /**
     * The highest grade whose conditions hold together with those of every grade below it (a better grade
     * must also meet the lower grades' requirements, e.g. EVAL-16's late-task limit); KHTNV has none.
     */
    static Grade byConditions(CompiledSet s, double[] v) {
        CompiledSet.CompiledCondition[] cs = s.conditions();
        Grade reached = Grade.KHTNV;
        for (Grade g : BOTTOM_UP) {
            for (CompiledSet.CompiledCondition c : cs) {
                if (c.condition().grade() == g && !c.expr().test(v)) {
                    return reached;
                }
            }
            reached = g;
        }
        return reached;
    }

    /** Whether each of the set's grade conditions holds, in the set's order. */
    static boolean[] conditions(CompiledSet s, double[] v) {
        CompiledSet.CompiledCondition[] cs = s.conditions();
        boolean[] ok = new boolean[cs.length];
        for (int i = 0; i < cs.length; i++) {
            ok[i] = cs[i].expr().test(v);
        }
        return ok;
    }

    /** {@link #byConditions(CompiledSet, double[])} from the conditions' outcomes ({@link #conditions}). */
    static Grade byConditions(CompiledSet s, boolean[] ok) {
        CompiledSet.CompiledCondition[] cs = s.conditions();
        Grade reached = Grade.KHTNV;
        for (Grade g : BOTTOM_UP) {
            for (int i = 0; i < cs.length; i++) {
                if (cs[i].condition().grade() == g && !ok[i]) {
                    return reached;
                }
            }
            reached = g;
        }
        return reached;
    }

    /** The same decision, explained step by step. */
    static Grade explained(
            CompiledSet s,
            double[] v,
            double total,
            List<RulePackDoc.Disqualifier> events,
            @Nullable Grade headCap,
            String headCapRule,
            @Nullable Grade quota,
            String quotaRule,
            Explanation.Builder ex) {
        return explained(s, v, conditions(s, v), total, events, headCap, headCapRule, quota, quotaRule, ex);
    }

    /**
     * Explains the decision from the conditions' outcomes: evaluated just now, or read back from a stored
     * result ({@link StoredExplanation}).
     */
    static Grade explained(
            CompiledSet s,
            double[] v,
            boolean[] ok,
            double total,
            List<RulePackDoc.Disqualifier> events,
            @Nullable Grade headCap,
            String headCapRule,
            @Nullable Grade quota,
            String quotaRule,
            Explanation.Builder ex) {
        Grade band = band(s, total);
        int bi = List.of(s.bandGrade()).indexOf(band);
        ex.grade(
                s.bandRule()[bi],
                "Khung điểm: " + total + " điểm thuộc mức " + band + " (" + band.letter() + ", từ "
                        + ScoringPolicy.num(s.bandMin()[bi]) + " điểm).",
                Map.of("tongDiem", total),
                band);
        CompiledSet.CompiledCondition[] cs = s.conditions();
        for (int i = 0; i < cs.length; i++) {
            CompiledSet.CompiledCondition c = cs[i];
            ex.grade(
                    c.condition().rule(),
                    "Điều kiện của mức " + c.condition().grade() + ": «"
                            + c.condition().label() + "» " + (ok[i] ? "đạt." : "không đạt."),
                    ScoringPolicy.read(s, v, c.reads()),
                    ok[i] ? c.condition().grade() : null);
        }
        Grade cond = byConditions(s, ok);
        ex.grade(
                "§1.7",
                "Mức cao nhất đáp ứng đủ điều kiện (kể cả điều kiện của các mức thấp hơn): " + cond + ".",
                Map.of(),
                cond);
        Grade g = Grade.min(band, cond);
        if (headCap != null) {
            ex.grade(
                    headCapRule,
                    "Người đứng đầu: không cao hơn mức của tập thể do mình phụ trách (" + headCap + ").",
                    Map.of(),
                    headCap);
            g = Grade.min(g, headCap);
        }
        if (quota != null) {
            ex.grade(quotaRule, "Quyết định của cấp có thẩm quyền về hạn mức: " + quota + ".", Map.of(), quota);
            g = Grade.min(g, quota);
        }
        for (RulePackDoc.Disqualifier d : events) {
            ex.grade(
                    d.rule(),
                    "Sự kiện loại trừ: " + d.label() + " → " + Grade.KHTNV + " bất kể điểm số.",
                    Map.of(),
                    Grade.KHTNV);
            g = Grade.KHTNV;
        }
        ex.grade("§1.7", "Xếp loại: " + g + " (" + g.label() + "), mức thấp nhất trong các bước trên.", Map.of(), g);
        return g;
    }
}
