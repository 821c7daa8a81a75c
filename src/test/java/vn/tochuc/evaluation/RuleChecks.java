package vn.tochuc.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tochuc.evaluation.ShippedPackRulesTests.COLLECTIVE_GOOD;
import static vn.tochuc.evaluation.ShippedPackRulesTests.HN;
import static vn.tochuc.evaluation.ShippedPackRulesTests.HN_GOOD;
import static vn.tochuc.evaluation.ShippedPackRulesTests.LEADER_GOOD;
import static vn.tochuc.evaluation.ShippedPackRulesTests.QD366;
import static vn.tochuc.evaluation.ShippedPackRulesTests.nonLeader;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tochuc.evaluation.Cases.Case;

/** Checks shared by rows of the rule table: quota, authority decision, head cap, grading order. */
final class RuleChecks {

    private RuleChecks() {}

    static List<QuotaPolicy.Graded> group(int httnv, int htxs) {
        List<QuotaPolicy.Graded> g = new ArrayList<>();
        for (int i = 0; i < httnv; i++) {
            g.add(new QuotaPolicy.Graded("t" + i, 80, Grade.HTTNV));
        }
        for (int i = 0; i < htxs; i++) {
            g.add(new QuotaPolicy.Graded("x" + i, 99 - i, Grade.HTXSNV));
        }
        return g;
    }

    static Case quota(String rule, String what, String file, int httnv, int htxs, int allowed, int referred) {
        return new Case(rule, what, () -> {
            var q = TestPacks.pack(file).doc().params().quota();
            QuotaPolicy.Outcome o = QuotaPolicy.calibrate(q, group(httnv, htxs), false, null);
            assertThat(o.allowed()).isEqualTo(allowed);
            assertThat(o.referred()).hasSize(referred);
            assertThat(o.ranked()).hasSize(htxs); // nobody demoted: every candidate stays listed
            // Officers read the reason; the rule ID goes to the "căn cứ" detail beside it (issue 11 point 13).
            o.referred()
                    .forEach(r -> assertThat(r.reason()).contains("thẩm quyền").doesNotContain(q.rule()));
            if (referred > 0) {
                assertThat(o.referred().get(0).rank()).isEqualTo(allowed + 1);
            }
        });
    }

    static Runnable authorityDecides(String file) {
        return () -> {
            CompiledPack p = TestPacks.pack(file);
            Subject s = nonLeader(Cases.PARTY_GOOD);
            assertThat(p.evaluate(s, null, null).grade()).isEqualTo(Grade.HTXSNV);
            EvaluationResult decided = p.evaluate(s, null, Grade.HTTNV);
            assertThat(decided.grade()).isEqualTo(Grade.HTTNV);
            assertThat(decided.explanation().steps()).anyMatch(st -> st.text().contains("thẩm quyền"));
        };
    }

    static Runnable headCap(String file, boolean on) {
        return () -> {
            CompiledPack p = TestPacks.pack(file);
            String group = file.equals(HN) ? "TAT_CA" : "LANH_DAO";
            Map<String, Double> in = file.equals(HN) ? HN_GOOD : LEADER_GOOD;
            Subject head = new Subject("head", Subject.Kind.INDIVIDUAL, group, 7L, 7L, in, Set.of());
            EvaluationResult r = p.evaluate(head, Grade.HTNV, null);
            assertThat(r.grade()).isEqualTo(on ? Grade.HTNV : Grade.HTXSNV);
            if (on) {
                assertThatThrownBy(() -> p.evaluate(head, null, null)).hasMessageContaining("sau tập thể");
            }
        };
    }

    static Runnable orderRefused(boolean head) {
        return () -> {
            CompiledPack p = TestPacks.pack(QD366);
            Subject unit = new Subject("unit", Subject.Kind.COLLECTIVE, "TAP_THE", 7L, null, COLLECTIVE_GOOD, Set.of());
            Subject person = new Subject(
                    "p",
                    Subject.Kind.INDIVIDUAL,
                    head ? "LANH_DAO" : "KHONG_LANH_DAO",
                    head ? 3L : 7L,
                    head ? 7L : null,
                    head ? LEADER_GOOD : Cases.PARTY_GOOD,
                    Set.of());
            assertThatThrownBy(() -> GradingOrderPolicy.gradeInOrder(p, List.of(person, unit), Map.of()))
                    .hasMessageContaining("EVAL-32")
                    .hasMessageContaining("«p»");
            List<EvaluationResult> ok = GradingOrderPolicy.gradeInOrder(p, List.of(unit, person), Map.of());
            assertThat(ok).extracting(EvaluationResult::grade).containsExactly(Grade.HTXSNV, Grade.HTXSNV);
        };
    }
}
