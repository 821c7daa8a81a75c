package vn.tochuc.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A rule pack ready to score: its document, its compiled criteria sets by target group and the bit of
 * each disqualifying event. Validates a subject's inputs (missing, unknown, out of range) with messages
 * naming the item and the rule, then scores and grades with an explanation.
 */
record CompiledPack(RulePackDoc doc, Map<String, CompiledSet> sets, Map<String, Integer> events) {

    CompiledSet set(String targetGroup) {
        CompiledSet s = sets.get(targetGroup);
        if (s == null) {
            throw new EvaluationInputException("Gói " + doc.code() + " phiên bản " + doc.version()
                    + " không có bộ tiêu chí cho nhóm đối tượng «" + targetGroup + "»; các nhóm có: "
                    + String.join(", ", sets.keySet()) + " (EVAL-13).");
        }
        return s;
    }

    long mask(Set<String> codes) {
        long m = 0;
        for (String c : codes) {
            Integer bit = events.get(c);
            if (bit == null) {
                throw new EvaluationInputException("Sự kiện «" + c + "» không có trong gói " + doc.code()
                        + "; các sự kiện loại trừ: " + String.join(", ", events.keySet()) + ".");
            }
            m |= 1L << bit;
        }
        return m;
    }

    /** Slots filled from named inputs; refuses unknown, missing and out-of-range values. */
    double[] slots(CompiledSet s, Map<String, Double> inputs) {
        for (String name : inputs.keySet()) {
            int i = s.slot(name);
            if (i < 0 || i >= s.inputCount()) {
                throw new EvaluationInputException("Đầu vào «" + name + "» không có trong bộ tiêu chí "
                        + s.targetGroup() + " của gói " + doc.code() + ".");
            }
        }
        double[] v = s.newSlots();
        for (int i = 0; i < s.inputCount(); i++) {
            RulePackDoc.Input in = s.inputs().get(i);
            Double value = inputs.get(in.name());
            if (value == null) {
                if (in.required()) {
                    throw new EvaluationInputException(
                            "Thiếu đầu vào «" + in.name() + "» (" + in.label() + ") " + usedBy(s, in.name()) + ".");
                }
                continue;
            }
            if (value.isNaN() || value < in.min() || value > in.max()) {
                throw new EvaluationInputException("Đầu vào «" + in.name() + "» (" + in.label() + ") = " + value
                        + " nằm ngoài khoảng [" + ScoringPolicy.num(in.min()) + "; " + ScoringPolicy.num(in.max())
                        + "] " + usedBy(s, in.name()) + ".");
            }
            v[i] = value;
        }
        return v;
    }

    private static String usedBy(CompiledSet s, String input) {
        List<String> items = new ArrayList<>();
        for (CompiledSet.CompiledItem it : s.items()) {
            if (it.reads().contains(input)) {
                items.add("mục " + it.item().code() + " (quy tắc " + it.item().rule() + ")");
            }
        }
        for (CompiledSet.CompiledCondition c : s.conditions()) {
            if (c.reads().contains(input)) {
                items.add("điều kiện " + c.condition().grade() + " (quy tắc "
                        + c.condition().rule() + ")");
            }
        }
        return items.isEmpty() ? "" : "dùng cho " + String.join(", ", items);
    }

    boolean headCapOn() {
        return doc.params().headCap() != null && doc.params().headCap().enabled();
    }

    /**
     * Scores and grades one subject with its explanation. {@code collectiveGrade} is the grade of the unit
     * the subject heads (required when the head cap is on, EVAL-32/36); {@code quotaDecision} is the
     * deciding authority's answer for a referred quota candidate, if any.
     */
    EvaluationResult evaluate(Subject subject, @Nullable Grade collectiveGrade, @Nullable Grade quotaDecision) {
        return evaluate(subject, collectiveGrade, quotaDecision, true);
    }

    /** As above; without {@code explain} the hot path runs and the explanation is empty (what-if, batch). */
    EvaluationResult evaluate(
            Subject subject, @Nullable Grade collectiveGrade, @Nullable Grade quotaDecision, boolean explain) {
        CompiledSet s = set(subject.targetGroup());
        double[] v = slots(s, subject.inputs());
        long mask = mask(subject.events());
        Grade cap = headCap(subject, collectiveGrade);
        if (!explain) {
            double total = ScoringPolicy.total(s, v);
            return new EvaluationResult(
                    subject.id(),
                    subject.kind(),
                    subject.targetGroup(),
                    subject.unitId(),
                    total,
                    GradePolicy.grade(s, v, total, mask, cap, quotaDecision),
                    doc.code(),
                    doc.version(),
                    new Explanation(doc.code(), doc.version(), List.of()));
        }
        Explanation.Builder ex = new Explanation.Builder();
        double total = ScoringPolicy.explained(s, v, ex);
        List<RulePackDoc.Disqualifier> hit = PackChecks.nullSafe(doc.disqualifiers()).stream()
                .filter(d -> subject.events().contains(d.code()))
                .toList();
        Grade g = GradePolicy.explained(
                s,
                v,
                total,
                hit,
                cap,
                cap == null ? "" : doc.params().headCap().rule(),
                quotaDecision,
                doc.params().quota().rule(),
                ex);
        assert g == GradePolicy.grade(s, v, total, mask, cap, quotaDecision);
        return new EvaluationResult(
                subject.id(),
                subject.kind(),
                subject.targetGroup(),
                subject.unitId(),
                total,
                g,
                doc.code(),
                doc.version(),
                new Explanation(doc.code(), doc.version(), ex.steps()));
    }

    /**
     * The batch path: scores and grades one subject and records the data of its explanation
     * ({@link StoredExplanation}); the Vietnamese text is rendered when the result is read. The result's own
     * explanation is empty.
     */
    StoredExplanation.Scored traced(Subject subject, @Nullable Grade collectiveGrade) {
        CompiledSet s = set(subject.targetGroup());
        double[] v = slots(s, subject.inputs());
        long mask = mask(subject.events());
        Grade cap = headCap(subject, collectiveGrade);
        StoredExplanation data = StoredExplanation.of(s, v, mask, cap, null);
        double total = ScoringPolicy.totalOfRaws(s, data.raws());
        Grade g = GradePolicy.grade(s, data.conditions(), total, mask, cap, null);
        return new StoredExplanation.Scored(
                new EvaluationResult(
                        subject.id(),
                        subject.kind(),
                        subject.targetGroup(),
                        subject.unitId(),
                        total,
                        g,
                        doc.code(),
                        doc.version(),
                        new Explanation(doc.code(), doc.version(), List.of())),
                data);
    }

    /** The head cap of a head of unit (EVAL-32/36): the grade of the collective the subject heads. */
    private @Nullable Grade headCap(Subject subject, @Nullable Grade collectiveGrade) {
        if (!subject.isHead() || !headCapOn()) {
            return null;
        }
        if (collectiveGrade == null) {
            throw new EvaluationInputException("Người đứng đầu «" + subject.id() + "» chỉ được xếp loại sau tập thể"
                    + " đơn vị " + subject.headOfUnitId() + " do mình phụ trách (quy tắc "
                    + doc.params().headCap().rule() + "): cần mức xếp loại của tập thể (collectiveGrade).");
        }
        return collectiveGrade;
    }
}
