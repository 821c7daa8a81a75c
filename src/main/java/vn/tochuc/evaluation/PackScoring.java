package vn.tochuc.evaluation;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Public scoring and quota access for other modules (appraisal cycles): one subject scored and graded with its
 * explanation under a given pack version, and the quota step of {@link QuotaPolicy} (§1.7 point 2) over grades
 * proposed elsewhere (appraised grades), so the rule is applied in one place. Saves nothing and opens no transaction of its own (a refusal must not mark the caller's for rollback). Added in its own
 * file so that the evaluation module's existing files stay untouched.
 */
@Service
public class PackScoring {

    /** One member of a peer group with the grade proposed for it and the score used to rank it. */
    public record Proposed(String subjectId, double score, Grade grade) {}

    private final Evaluations evaluations;

    PackScoring(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    /** Scores many subjects under one pack version, looked up and compiled once. */
    public interface Scorer {

        /** The pack version this scorer applies. */
        RulePackDoc doc();

        EvaluationResult score(Subject subject, @Nullable Grade collectiveGrade);
    }

    /** A scorer bound to {@code code} version {@code version}, for a whole cycle or peer group. */
    public Scorer scorer(String code, int version) {
        return scorer(code, version, true);
    }

    /**
     * As above; without {@code explain} the engine's hot path runs and the result's explanation is empty (for
     * ranking many subjects, where only a few explanations are shown).
     */
    public Scorer scorer(String code, int version, boolean explain) {
        CompiledPack pack = compiled(code, version);
        return new Scorer() {
            @Override
            public RulePackDoc doc() {
                return pack.doc();
            }

            @Override
            public EvaluationResult score(Subject subject, @Nullable Grade collectiveGrade) {
                return Evaluations.guard(() -> {
                    DryRuns.check(subject, "subject");
                    return pack.evaluate(subject, collectiveGrade, null, explain);
                });
            }
        };
    }

    /**
     * The quota of one (agency, peer group, period) under the pack's rule (EVAL-18/33/44/60, KPI-02): allowed
     * HTXSNV count, and the HTXSNV candidates ranked by score, each within the cap or referred to the deciding
     * authority with the reason. Nobody is demoted here.
     */
    public DryRunResponse.Quota quota(
            String code,
            int version,
            @Nullable String agency,
            @Nullable String group,
            @Nullable String period,
            List<Proposed> members) {
        CompiledPack pack = compiled(code, version);
        return Evaluations.guard(() -> DryRuns.quota(
                pack.doc(),
                agency,
                group,
                period,
                members.stream()
                        .map(m -> new QuotaPolicy.Graded(m.subjectId(), m.score(), m.grade()))
                        .toList(),
                false,
                null));
    }

    private CompiledPack compiled(String code, int version) {
        return evaluations.compiled(code, version);
    }
}
