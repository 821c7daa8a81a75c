package vn.tochuc.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The quota step of batch scoring (§1.7 point 2): per unit (agency) and target group (peer group), the
 * HTXSNV candidates are ranked against the pack's cap; each gets a note "within the quota" or "referred to
 * the deciding authority". Nobody is demoted (EVAL-18, EVAL-33, EVAL-44, KPI-02). Under NĐ 48 (EVAL-45) the
 * cap needs the Party-side share, which a batch does not know: the note says so.
 */
final class BatchQuotaStep {

    private BatchQuotaStep() {}

    /** Notes by subject id, for the HTXSNV candidates among the unit's individual results. */
    static Map<String, String> notes(CompiledPack pack, List<EvaluationResult> results) {
        RulePackDoc.Quota q = pack.doc().params().quota();
        Map<String, List<QuotaPolicy.Graded>> groups = new LinkedHashMap<>();
        for (EvaluationResult r : results) {
            if (r.kind() == Subject.Kind.INDIVIDUAL) {
                groups.computeIfAbsent(r.targetGroup(), g -> new ArrayList<>())
                        .add(new QuotaPolicy.Graded(r.subjectId(), r.score(), r.grade()));
            }
        }
        Map<String, String> notes = new HashMap<>();
        for (List<QuotaPolicy.Graded> group : groups.values()) {
            if ("PARTY_SHARE".equals(q.base())) {
                group.stream()
                        .filter(g -> g.grade() == Grade.HTXSNV)
                        .forEach(g -> notes.put(
                                g.subjectId(),
                                "Hạn mức theo tỷ lệ đảng viên HTXSNV (quy tắc " + q.rule()
                                        + "): trình cấp có thẩm quyền."));
                continue;
            }
            for (QuotaPolicy.Candidate c :
                    QuotaPolicy.calibrate(q, group, false, null).ranked()) {
                notes.put(c.subjectId(), c.reason());
            }
        }
        return notes;
    }
}
