package vn.tochuc.appraisal;

import java.time.OffsetDateTime;

/** A calibration decision on one HTXSNV candidate: keep or lower, the reason, the rank and cap, who and when. */
public record CalibrationDecision(
        long id,
        long cycleId,
        long memberId,
        String peerGroup,
        String decision,
        String reason,
        int rank,
        int allowed,
        String decidedBy,
        OffsetDateTime decidedAt) {

    public boolean lowered() {
        return "LOWER".equals(decision);
    }
}
