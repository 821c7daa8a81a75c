package vn.tochuc.evaluation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a dry run answers: the result of the subject, or of every member of a peer group with the quota. */
public record DryRunResponse(
        String pack,
        int version,
        String title,
        @Nullable EvaluationResult result,
        @Nullable List<EvaluationResult> results,
        @Nullable Quota quota,
        @Nullable Yearly yearly) {

    /** Quota calibration of a peer group: candidates above the cap are referred, never demoted. */
    public record Quota(
            @Nullable String agency,
            @Nullable String group,
            @Nullable String period,
            String rule,
            int base,
            int allowed,
            int candidates,
            List<Candidate> ranked,
            String explanation) {}

    public record Candidate(
            String subjectId,
            double score,
            int rank,
            boolean withinQuota,
            boolean referredToAuthority,
            String reason) {}

    /** Monthly or quarterly totals aggregated into the year, and the band of that score. */
    public record Yearly(double score, Grade bandGrade, String rule, String text) {}
}
