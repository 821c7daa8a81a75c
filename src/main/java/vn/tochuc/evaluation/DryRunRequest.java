package vn.tochuc.evaluation;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A dry run: which pack ({@code pack} code with optional {@code version}; or {@code side} and
 * {@code date}; or a draft {@code packBody} to try), and either one {@code subject} or a {@code peerGroup}
 * for the quota. {@code periods} (monthly or quarterly totals) are aggregated into the year by the pack's
 * rule. Nothing is saved.
 */
public record DryRunRequest(
        @Nullable String pack,
        @Nullable Integer version,
        @Nullable String side,
        @Nullable LocalDate date,
        @Nullable JsonNode packBody,
        @Nullable Subject subject,
        @Nullable Grade collectiveGrade,
        @Nullable Grade quotaDecision,
        @Nullable PeerGroup peerGroup,
        @Nullable List<Double> periods) {

    /**
     * Subjects of one (agency, peer group, period), in grading order: collectives before their members,
     * heads after their unit (EVAL-32). {@code partyShare} is the Party-side HTXSNV share (EVAL-45).
     */
    public record PeerGroup(
            @Nullable String agency,
            @Nullable String group,
            @Nullable String period,
            @Nullable Boolean outstanding,
            @Nullable Double partyShare,
            @Nullable List<Subject> subjects) {}
}
