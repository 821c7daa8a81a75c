package vn.tochuc.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.tochuc.shared.Texts;

/**
 * Quota calibration per (agency, peer group, period) (EVAL-18, EVAL-33/34, EVAL-44/45, EVAL-60, KPI-02):
 * the number graded HTXSNV may not exceed the pack's share of the base (those at HTTNV, or everyone
 * graded for KPI-02, or the Party-side share under NĐ 48). Candidates above the cap are ranked, each
 * with the reason, and referred to the deciding authority: nobody is demoted here (§1.7 point 2).
 */
final class QuotaPolicy {

    /** How the allowed count is rounded; the regulation does not say (U, §1.7 point 2). */
    enum Rounding {
        FLOOR(RoundingMode.FLOOR),
        HALF_UP(RoundingMode.HALF_UP),
        CEILING(RoundingMode.CEILING);

        final RoundingMode mode;

        Rounding(RoundingMode mode) {
            this.mode = mode;
        }

        static Rounding parse(@Nullable String s, String rule) {
            try {
                return valueOf(s == null ? "" : s);
            } catch (IllegalArgumentException e) {
                throw new EvaluationInputException("Cách làm tròn hạn mức «" + s + "» không hợp lệ (FLOOR, HALF_UP,"
                        + " CEILING), quy tắc " + rule + ".");
            }
        }
    }

    /** One graded member of the peer group. */
    record Graded(String subjectId, double score, Grade grade) {}

    /** A candidate for HTXSNV: within the quota or referred, with its rank and the reason. */
    record Candidate(String subjectId, double score, int rank, boolean withinQuota, String reason) {}

    record Outcome(int base, int allowed, int candidates, List<Candidate> ranked, String explanation) {
        List<Candidate> referred() {
            return ranked.stream().filter(c -> !c.withinQuota()).toList();
        }
    }

    private QuotaPolicy() {}

    /**
     * The allowed number of HTXSNV: share × base, rounded by the pack's rule. {@code partyShare} is used
     * only when the base is PARTY_SHARE (EVAL-45).
     */
    static int allowed(
            RulePackDoc.Quota q, int htxs, int httnv, int graded, boolean outstanding, @Nullable Double partyShare) {
        double share = outstanding && q.outstandingShare() != null ? q.outstandingShare() : q.share();
        int base = switch (q.base()) {
            case "ALL" -> graded;
            case "PARTY_SHARE" -> graded;
            default -> httnv;
        };
        if ("PARTY_SHARE".equals(q.base())) {
            if (partyShare == null) {
                throw new EvaluationInputException("Hạn mức theo NĐ 48/2023 (quy tắc " + q.rule()
                        + ") cần tỷ lệ đảng viên được xếp loại HTXSNV (partyShare).");
            }
            share = Math.min(share, partyShare);
        }
        return BigDecimal.valueOf(share)
                .multiply(BigDecimal.valueOf(base))
                .setScale(0, Rounding.parse(q.rounding(), q.rule()).mode)
                .intValueExact();
    }

    static Outcome calibrate(
            RulePackDoc.Quota q, List<Graded> group, boolean outstanding, @Nullable Double partyShare) {
        int httnv = (int) group.stream().filter(g -> g.grade() == Grade.HTTNV).count();
        List<Graded> top = group.stream()
                .filter(g -> g.grade() == Grade.HTXSNV)
                .sorted(Comparator.comparingDouble(Graded::score).reversed().thenComparing(Graded::subjectId))
                .toList();
        int base = "HTTNV".equals(q.base()) ? httnv : group.size();
        int allowed = allowed(q, top.size(), httnv, group.size(), outstanding, partyShare);
        List<Candidate> ranked = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            Graded g = top.get(i);
            boolean within = i < allowed;
            // Officers read the base and the rounding by name; the rule ID stays in the group's "căn cứ" detail.
            String reason = within
                    ? Texts.t("eval.quota.within", i + 1, top.size(), String.valueOf(g.score()), allowed)
                    : Texts.t(
                            "eval.quota.above",
                            i + 1,
                            top.size(),
                            String.valueOf(g.score()),
                            allowed,
                            share(q, outstanding),
                            base,
                            Texts.t("eval.quota.base." + q.base()),
                            Texts.t("eval.quota.rounding." + q.rounding()));
            ranked.add(new Candidate(g.subjectId(), g.score(), i + 1, within, reason));
        }
        String text = Texts.t(
                        "eval.quota.text",
                        share(q, outstanding),
                        base,
                        Texts.t("eval.quota.base." + q.base()),
                        allowed,
                        Texts.t("eval.quota.rounding." + q.rounding()),
                        top.size())
                + (top.size() > allowed ? Texts.t("eval.quota.text.referred", top.size() - allowed) : "");
        return new Outcome(base, allowed, top.size(), List.copyOf(ranked), text);
    }

    private static String share(RulePackDoc.Quota q, boolean outstanding) {
        double s = outstanding && q.outstandingShare() != null ? q.outstandingShare() : q.share();
        return Math.round(s * 100) + "%";
    }
}
