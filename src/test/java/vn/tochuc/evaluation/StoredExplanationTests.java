package vn.tochuc.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The compact stored explanation (ADR 0010): rendered under the stored pack version, it equals the
 * explanation built at scoring time, for every shipped pack, criteria set, head cap, quota decision and
 * disqualifying event, including items capped at their maximum or clamped at 0.
 */
class StoredExplanationTests {

    static final List<String> PACKS = List.of(TestPacks.FILES);

    @ParameterizedTest(name = "{0}")
    @FieldSource("PACKS")
    @DisplayName(
            "EVAL-12, EVAL-31, EVAL-32: the explanation rendered from the stored data equals the one built when scoring")
    void renderedEqualsBuilt(String file) {
        CompiledPack scoring = TestPacks.pack(file);
        // read time: the pack version compiled again from its stored body
        CompiledPack reading = PackCompiler.compile(RulePackJson.pack(TestPacks.json(file)));
        List<String> events = PackChecks.nullSafe(scoring.doc().disqualifiers()).stream()
                .map(RulePackDoc.Disqualifier::code)
                .toList();
        Random random = new Random(file.hashCode());
        int checked = 0;
        for (CompiledSet set : scoring.sets().values()) {
            for (int i = 0; i < 300; i++) {
                Map<String, Double> inputs = i % 2 == 0 ? SyntheticInputs.inputs(set, random) : anywhere(set, random);
                Set<String> ev = !events.isEmpty() && i % 7 == 3 ? Set.of(events.get(i % events.size())) : Set.of();
                boolean head = set.targetGroup().equals("TAP_THE") ? false : i % 3 == 1;
                Subject s = new Subject(
                        "x-" + i,
                        set.targetGroup().equals("TAP_THE") ? Subject.Kind.COLLECTIVE : Subject.Kind.INDIVIDUAL,
                        set.targetGroup(),
                        5L,
                        head ? 9L : null,
                        inputs,
                        ev);
                Grade collective = Grade.values()[i % 4];
                Grade cap = head && scoring.headCapOn() ? collective : null;

                EvaluationResult built = scoring.evaluate(s, collective, null);
                StoredExplanation.Scored traced = scoring.traced(s, collective);
                assertThat(traced.result().score()).isEqualTo(built.score());
                assertThat(traced.result().grade()).isEqualTo(built.grade());
                String stored = traced.explanation().encode();
                assertThat(stored).startsWith("E1;").doesNotContain("\n").hasSizeLessThan(i % 2 == 0 ? 300 : 1000);
                assertThat(RulePackJson.write(StoredExplanation.decode(stored).render(reading, s.targetGroup())))
                        .as(stored)
                        .isEqualTo(RulePackJson.write(built.explanation()));

                // a quota decision by the deciding authority (EVAL-18) is part of the explanation too
                Grade quota = Grade.values()[(i / 4) % 4];
                EvaluationResult decided = scoring.evaluate(s, collective, quota);
                CompiledSet cs = scoring.set(s.targetGroup());
                StoredExplanation withQuota =
                        StoredExplanation.of(cs, scoring.slots(cs, inputs), scoring.mask(ev), cap, quota);
                assertThat(RulePackJson.write(
                                StoredExplanation.decode(withQuota.encode()).render(reading, s.targetGroup())))
                        .isEqualTo(RulePackJson.write(decided.explanation()));
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(300);
    }

    /** Every input drawn uniformly over its whole range, so items hit their caps and deductions go below 0. */
    static Map<String, Double> anywhere(CompiledSet set, Random random) {
        Map<String, Double> m = new HashMap<>();
        for (RulePackDoc.Input in : set.inputs()) {
            double hi = Math.min(in.max(), in.min() + 1000);
            double v = switch (random.nextInt(4)) {
                case 0 -> in.min();
                case 1 -> hi;
                default -> in.min() + random.nextDouble() * (hi - in.min());
            };
            m.put(in.name(), v);
        }
        return m;
    }

    @Test
    @DisplayName("EVAL-12: numbers round-trip exactly (integers short, fractions, -0.0, NaN)")
    void numbersRoundTrip() {
        double[] values = {0, 100, -0.0, 7.333333333333333, 1e-7, 123456789.125, Double.NaN, -12.5, 1e20};
        StoredExplanation e = new StoredExplanation(values, values, new boolean[] {true, false}, 5L, Grade.HTTNV, null);
        String text = e.encode();
        assertThat(text).startsWith("E1;0,100,-0.0,7.333333333333333,");
        StoredExplanation back = StoredExplanation.decode(text);
        assertThat(back.encode()).isEqualTo(text);
        List<Long> bits = new ArrayList<>();
        for (double d : back.raws()) {
            bits.add(Double.doubleToRawLongBits(d));
        }
        List<Long> expected = new ArrayList<>();
        for (double d : values) {
            expected.add(Double.doubleToRawLongBits(d));
        }
        assertThat(bits).isEqualTo(expected);
    }

    @Test
    @DisplayName("EVAL-02: a stored explanation that does not fit the pack version is refused, not misread")
    void refusesMismatch() {
        CompiledPack pack = TestPacks.pack("qd366-v1");
        assertThatThrownBy(() -> StoredExplanation.decode("E1;1,2;3;1;0;;").render(pack, "KHONG_LANH_DAO"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not fit");
        assertThatThrownBy(() -> StoredExplanation.decode("{\"packCode\":\"QD366\"}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unknown format");
    }
}
