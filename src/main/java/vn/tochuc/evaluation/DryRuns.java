package vn.tochuc.evaluation;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Runs a dry run against a compiled pack: one subject, a peer group with its quota, or the yearly
 * aggregation of period totals. Checks the request's shape first so that every gap is a Vietnamese 400
 * naming the field. Pure, no Spring, saves nothing.
 */
final class DryRuns {

    private DryRuns() {}

    static DryRunResponse run(CompiledPack pack, DryRunRequest req) {
        RulePackDoc doc = pack.doc();
        if (req.subject() == null
                && req.peerGroup() == null
                && (req.periods() == null || req.periods().isEmpty())) {
            throw new EvaluationInputException("Yêu cầu cần «subject» (một đối tượng), «peerGroup» (một nhóm để tính"
                    + " hạn mức) hoặc «periods» (điểm các tháng/quý để tổng hợp năm).");
        }
        EvaluationResult single = null;
        if (req.subject() != null) {
            check(req.subject(), "subject");
            single = pack.evaluate(req.subject(), req.collectiveGrade(), req.quotaDecision());
        }
        List<EvaluationResult> results = null;
        DryRunResponse.Quota quota = null;
        if (req.peerGroup() != null) {
            DryRunRequest.PeerGroup pg = req.peerGroup();
            List<Subject> subjects = pg.subjects() == null ? List.of() : pg.subjects();
            if (subjects.isEmpty()) {
                throw new EvaluationInputException("«peerGroup.subjects» trống: cần ít nhất một đối tượng.");
            }
            for (int i = 0; i < subjects.size(); i++) {
                check(subjects.get(i), "peerGroup.subjects[" + i + "]");
            }
            if (pg.partyShare() != null && (pg.partyShare() < 0 || pg.partyShare() > 1)) {
                throw new EvaluationInputException("«peerGroup.partyShare» phải trong [0; 1] (quy tắc EVAL-45).");
            }
            results = GradingOrderPolicy.gradeInOrder(pack, subjects, Map.of());
            quota = quota(doc, pg, results);
        }
        DryRunResponse.Yearly yearly = null;
        if (req.periods() != null && !req.periods().isEmpty()) {
            yearly = yearly(pack, req.periods());
        }
        return new DryRunResponse(doc.code(), doc.version(), doc.title(), single, results, quota, yearly);
    }

    private static DryRunResponse.Quota quota(
            RulePackDoc doc, DryRunRequest.PeerGroup pg, List<EvaluationResult> results) {
        List<QuotaPolicy.Graded> graded = results.stream()
                .map(r -> new QuotaPolicy.Graded(r.subjectId(), r.score(), r.grade()))
                .toList();
        return quota(
                doc,
                pg.agency(),
                pg.group(),
                pg.period(),
                graded,
                Boolean.TRUE.equals(pg.outstanding()),
                pg.partyShare());
    }

    /** The quota step (§1.7 point 2) over graded members, as the API reports it: nobody is demoted here. */
    static DryRunResponse.Quota quota(
            RulePackDoc doc,
            @Nullable String agency,
            @Nullable String group,
            @Nullable String period,
            List<QuotaPolicy.Graded> graded,
            boolean outstanding,
            @Nullable Double partyShare) {
        QuotaPolicy.Outcome o = QuotaPolicy.calibrate(doc.params().quota(), graded, outstanding, partyShare);
        List<DryRunResponse.Candidate> ranked = o.ranked().stream()
                .map(c -> new DryRunResponse.Candidate(
                        c.subjectId(), c.score(), c.rank(), c.withinQuota(), !c.withinQuota(), c.reason()))
                .toList();
        return new DryRunResponse.Quota(
                agency,
                group,
                period,
                doc.params().quota().rule(),
                o.base(),
                o.allowed(),
                o.candidates(),
                ranked,
                o.explanation());
    }

    private static DryRunResponse.Yearly yearly(CompiledPack pack, List<Double> periods) {
        RulePackDoc.Aggregation a = pack.doc().params().aggregation();
        for (int i = 0; i < periods.size(); i++) {
            Double p = periods.get(i);
            if (p == null || p.isNaN() || p < 0 || p > pack.doc().params().maxTotal()) {
                throw new EvaluationInputException("«periods[" + i + "]» = " + p + " phải là điểm trong [0; "
                        + ScoringPolicy.num(pack.doc().params().maxTotal()) + "] (quy tắc "
                        + (a == null ? "EVAL-62" : a.rule()) + ").");
            }
        }
        double score = AggregationPolicy.aggregate(a, periods);
        CompiledSet any = pack.sets().values().iterator().next();
        Grade band = GradePolicy.band(any, score);
        String rule = a == null ? "EVAL-62" : a.rule();
        return new DryRunResponse.Yearly(
                score,
                band,
                rule,
                "Điểm năm = " + AggregationPolicy.parse(a) + " của " + periods.size() + " kỳ = " + score
                        + ", thuộc khung " + band + " (quy tắc " + rule + ").");
    }

    static void check(@Nullable Subject s, String field) {
        if (s == null) {
            throw new EvaluationInputException("«" + field + "» trống.");
        }
        if (s.id() == null || s.id().isBlank()) {
            throw new EvaluationInputException("«" + field + ".id» trống: cần mã đối tượng.");
        }
        if (s.kind() == null) {
            throw new EvaluationInputException(
                    "«" + field + ".kind» trống: COLLECTIVE (tập thể) hoặc INDIVIDUAL (cá nhân).");
        }
        if (s.targetGroup() == null || s.targetGroup().isBlank()) {
            throw new EvaluationInputException("«" + field + ".targetGroup» trống: cần nhóm đối tượng (EVAL-13).");
        }
    }
}
