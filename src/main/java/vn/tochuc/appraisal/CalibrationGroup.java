package vn.tochuc.appraisal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.tochuc.evaluation.DryRunResponse;

/**
 * One peer group of a cycle on the calibration screen: the quota from the engine, the HTXSNV candidates ranked,
 * the members not yet appraised, and what blocks the decisions (empty when nothing does).
 */
public record CalibrationGroup(
        String peerGroup,
        List<Long> memberIds,
        DryRunResponse.Quota quota,
        List<Row> candidates,
        long notAppraised,
        List<String> blockers) {

    /**
     * A HTXSNV candidate: the member, whether the engine scored it (else its self-assessed score ranks), the
     * quota's verdict, and the decision taken if any.
     */
    public record Row(
            Member member,
            boolean engineScored,
            DryRunResponse.Candidate candidate,
            @Nullable CalibrationDecision decision) {}

    /** Candidates the quota referred to the deciding authority that have no decision yet. */
    public long openAboveCap() {
        return candidates.stream()
                .filter(r -> r.candidate().referredToAuthority()
                        && r.decision() == null
                        && r.member().decidedGrade() == null)
                .count();
    }

    public boolean conflict() {
        return !blockers.isEmpty();
    }
}
