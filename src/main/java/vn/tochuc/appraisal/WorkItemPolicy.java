package vn.tochuc.appraisal;

import java.util.List;
import java.util.Map;

/**
 * Task results from work items (EVAL-52..56), pure: quantity (a), quality (b) and timeliness (c) as percentages of
 * the converted products assigned, and the task points combining them. All quantities are already converted into
 * standard units (quy đổi, EVAL-52).
 */
final class WorkItemPolicy {

    /** Pack number names read by this policy, with their defaults. */
    static final String DEDUCTION = "deductionPerFailure";

    static final String TASK_MAX = "taskMaxPoints";
    static final String W_QUANTITY = "weightQuantity";
    static final String W_QUALITY = "weightQuality";
    static final String W_TIMELINESS = "weightTimeliness";

    /**
     * One item: converted quantity assigned and done; quality confirmed as passing (null = not confirmed yet);
     * the number of failed assessments for a major content error; the number of delays; whether an objective
     * cause was approved by the competent level.
     */
    record Item(
            double assigned,
            double done,
            @org.jspecify.annotations.Nullable Boolean qualityPass,
            int majorErrors,
            int delays,
            boolean causeApproved) {

        /** A stored work item in converted units: what was done scaled by the item's conversion. */
        static Item of(WorkItem w) {
            return new Item(
                    w.converted(),
                    w.doneQuantity() == null ? 0 : w.doneQuantity() * w.converted() / w.quantity(),
                    w.qualityPass(),
                    w.majorErrors(),
                    w.delays(),
                    w.causeApproved());
        }
    }

    private final double deduction;
    private final double maxPoints;
    private final double wa;
    private final double wb;
    private final double wc;

    /** The policy with the numeric parameters of a pack version (absent ones take the documented defaults). */
    static WorkItemPolicy forPack(vn.tochuc.evaluation.RulePackDoc doc) {
        var params = doc.params();
        return new WorkItemPolicy(params == null || params.numbers() == null ? Map.of() : params.numbers());
    }

    WorkItemPolicy(Map<String, Double> numbers) {
        this.deduction = numbers.getOrDefault(DEDUCTION, 0.25);
        this.maxPoints = numbers.getOrDefault(TASK_MAX, 70.0);
        // EVAL-56 (U): the combining formula was published as an image; equal weights until confirmed.
        this.wa = numbers.getOrDefault(W_QUANTITY, 1.0);
        this.wb = numbers.getOrDefault(W_QUALITY, 1.0);
        this.wc = numbers.getOrDefault(W_TIMELINESS, 1.0);
    }

    /** Converted quantities summed over the items: assigned, completed, and completed with quality and on time. */
    record Sums(double assigned, double completed, double quality, double timely) {}

    Sums sums(List<Item> items) {
        double assigned = 0;
        double quantity = 0;
        double quality = 0;
        double timely = 0;
        for (Item i : items) {
            double completed = Math.max(0, Math.min(i.done(), i.assigned()));
            assigned += i.assigned();
            // EVAL-53: converted products completed against those assigned.
            quantity += completed;
            // EVAL-54: each failed assessment for a major content error deducts 25% of the product's quality
            // points, unless the competent authority confirms an objective cause.
            if (Boolean.TRUE.equals(i.qualityPass())) {
                quality += completed * factor(i.causeApproved() ? 0 : i.majorErrors());
            }
            // EVAL-55: each delay deducts 25% of the product's timeliness points (same exception).
            timely += completed * factor(i.causeApproved() ? 0 : i.delays());
        }
        return new Sums(assigned, quantity, quality, timely);
    }

    /** The pack's deduction per failure (EVAL-54/55), for expressing the deductions in the pack's own inputs. */
    double deduction() {
        return deduction;
    }

    TaskResult compute(List<Item> items) {
        Sums s = sums(items);
        if (s.assigned() <= 0) {
            return new TaskResult(0, 0, 0, 0, 0);
        }
        double a = pct(s.completed(), s.assigned());
        double b = pct(s.quality(), s.assigned());
        double c = pct(s.timely(), s.assigned());
        double points = (wa * a + wb * b + wc * c) / (wa + wb + wc) / 100.0 * maxPoints;
        return new TaskResult(s.assigned(), a, b, c, round(points));
    }

    private double factor(int failures) {
        return Math.max(0, 1 - deduction * Math.max(0, failures));
    }

    private static double pct(double part, double whole) {
        return round(part / whole * 100.0);
    }

    private static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
