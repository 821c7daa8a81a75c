package vn.tochuc.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic subjects for demos and benchmarks: per unit one collective (TAP_THE), one head (LANH_DAO) and
 * members (KHONG_LANH_DAO), with every input of their criteria set drawn in its range (skewed to the upper
 * part, as real grades are), and one in 50 members with a disqualifying event. Deterministic for a seed.
 */
final class SyntheticInputs {

    private SyntheticInputs() {}

    static List<Subject> unit(CompiledPack pack, String prefix, long unitId, int perUnit, Random random) {
        List<Subject> out = new ArrayList<>(perUnit);
        List<String> events = pack.doc().disqualifiers() == null
                ? List.of()
                : pack.doc().disqualifiers().stream()
                        .map(RulePackDoc.Disqualifier::code)
                        .toList();
        for (int i = 0; i < perUnit; i++) {
            String group = i == 0 ? "TAP_THE" : i == 1 ? "LANH_DAO" : "KHONG_LANH_DAO";
            Subject.Kind kind = i == 0 ? Subject.Kind.COLLECTIVE : Subject.Kind.INDIVIDUAL;
            Set<String> ev = i > 1 && !events.isEmpty() && random.nextInt(50) == 0
                    ? Set.of(events.get(random.nextInt(events.size())))
                    : Set.of();
            out.add(new Subject(
                    prefix + unitId + "-" + i,
                    kind,
                    group,
                    unitId,
                    i == 1 ? unitId : null,
                    inputs(pack.set(group), random),
                    ev));
        }
        return out;
    }

    static Map<String, Double> inputs(CompiledSet set, Random random) {
        Map<String, Double> m = new HashMap<>();
        for (RulePackDoc.Input in : set.inputs()) {
            String n = in.name().toLowerCase(java.util.Locale.ROOT);
            double r = random.nextDouble();
            double u; // share of the range: shortfalls mostly none, completion mostly full, points high
            if (n.contains("late") || n.contains("fail") || n.contains("disciplined")) {
                u = r < 0.7 ? 0 : 0.3 * random.nextDouble();
            } else if (n.contains("exceeded")) {
                u = 0.6 * r;
            } else if (n.endsWith("pct")) {
                u = r < 0.85 ? 1 : 1 - 0.2 * random.nextDouble();
            } else {
                u = 0.7 + 0.3 * r;
            }
            double v = in.min() + u * (Math.min(in.max(), in.min() + 100) - in.min());
            m.put(in.name(), Math.round(v * 10) / 10.0);
        }
        return m;
    }
}
