package vn.tochuc.appraisal;

import java.math.BigDecimal;
import vn.tochuc.shared.VnFormats;

/**
 * Task results of a member from work items: converted quantity assigned, quantity (a), quality (b) and
 * timeliness (c) in percent (EVAL-53..55), and the task points combining them (EVAL-56).
 */
public record TaskResult(
        double assigned, double quantityPct, double qualityPct, double timelinessPct, double taskPoints) {

    /** A figure in Vietnamese notation with up to two decimals (97,5). */
    public static String show(double v) {
        BigDecimal d = BigDecimal.valueOf(v);
        return VnFormats.number(
                d, Math.max(0, Math.min(2, d.stripTrailingZeros().scale())));
    }
}
