package vn.tochuc.evaluation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Monthly or quarterly totals into the yearly score (EVAL-62, §1.7 point 4, KPI-02). The exact NĐ 335
 * aggregation is not confirmed (U), so the method is pack data: MEAN (default fallback), MIN or LAST.
 */
final class AggregationPolicy {

    enum Method {
        MEAN,
        MIN,
        LAST
    }

    private AggregationPolicy() {}

    static Method parse(RulePackDoc.@Nullable Aggregation a) {
        if (a == null) {
            return Method.MEAN;
        }
        try {
            return Method.valueOf(a.method());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new EvaluationInputException("Cách tổng hợp kết quả theo tháng «" + a.method()
                    + "» không hợp lệ (MEAN, MIN, LAST), quy tắc " + a.rule() + ".");
        }
    }

    static double aggregate(RulePackDoc.@Nullable Aggregation a, List<Double> periods) {
        if (periods.isEmpty()) {
            throw new EvaluationInputException("Chưa có kết quả tháng/quý nào để tổng hợp cả năm (quy tắc "
                    + (a == null ? "EVAL-62" : a.rule()) + ").");
        }
        double v = switch (parse(a)) {
            case MEAN ->
                periods.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            case MIN -> periods.stream().mapToDouble(Double::doubleValue).min().orElse(0);
            case LAST -> periods.get(periods.size() - 1);
        };
        double scale = Math.pow(10, a == null ? 2 : a.decimals());
        return Math.round(v * scale) / scale;
    }
}
