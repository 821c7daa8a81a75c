package vn.tochuc.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builders for the rule tables: good subjects of each shipped pack, with overrides. */
final class Cases {

    /** One row of a rule table: the rule ID, what is checked, and the check. */
    record Case(String rule, String what, Runnable check) {
        @Override
        public String toString() {
            return rule + ": " + what;
        }
    }

    static final Map<String, Double> PARTY_GOOD = Map.of(
            "chinhTri",
            6.0,
            "daoDuc",
            6.0,
            "neuGuong",
            6.0,
            "doiMoi",
            6.0,
            "tuPheBinh",
            6.0,
            "tasksCompletedPct",
            100.0,
            "tasksOnTimePct",
            100.0,
            "tasksExceededPct",
            30.0,
            "lateTasksPct",
            0.0,
            "shortcomingsFixedPct",
            100.0);
    static final Map<String, Double> STATE_GOOD = Map.of(
            "chinhTri",
            5.0,
            "daoDuc",
            5.0,
            "vanHoa",
            5.0,
            "kyLuat",
            5.0,
            "phucVu",
            5.0,
            "doiMoi",
            5.0,
            "assigned",
            10.0,
            "completed",
            10.0);

    private Cases() {}

    static Map<String, Double> with(Map<String, Double> base, Object... kv) {
        Map<String, Double> m = new HashMap<>(base);
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], ((Number) kv[i + 1]).doubleValue());
        }
        return m;
    }

    static Subject subject(String group, Map<String, Double> inputs, String... events) {
        Subject.Kind kind = group.equals("TAP_THE") ? Subject.Kind.COLLECTIVE : Subject.Kind.INDIVIDUAL;
        return new Subject("s-" + group, kind, group, 7L, null, inputs, Set.of(events));
    }

    static EvaluationResult eval(String file, Subject s) {
        return TestPacks.pack(file).evaluate(s, null, null);
    }

    static Case grade(String rule, String what, String file, Subject s, Grade expected) {
        return new Case(rule, what, () -> {
            EvaluationResult r = eval(file, s);
            assertThat(r.grade()).as(r.explanation().steps().toString()).isEqualTo(expected);
            // the hot path agrees with the explained path
            CompiledPack p = TestPacks.pack(file);
            CompiledSet set = p.set(s.targetGroup());
            double[] v = p.slots(set, s.inputs());
            double total = ScoringPolicy.total(set, v);
            assertThat(total).isEqualTo(r.score());
            assertThat(GradePolicy.grade(set, v, total, p.mask(s.events()), null, null))
                    .isEqualTo(expected);
        });
    }

    static Case score(String rule, String what, String file, Subject s, double expected) {
        return new Case(rule, what, () -> assertThat(eval(file, s).score()).isEqualTo(expected));
    }

    static Case item(String rule, String what, String file, Subject s, String item, double expected) {
        return new Case(rule, what, () -> {
            List<Explanation.Step> steps = eval(file, s).explanation().steps();
            Explanation.Step step = steps.stream()
                    .filter(st -> st.text().startsWith("Mục " + item + " "))
                    .findFirst()
                    .orElseThrow();
            assertThat(step.ruleId()).isEqualTo(rule);
            assertThat(step.points()).isEqualTo(expected);
        });
    }
}
