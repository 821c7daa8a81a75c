package vn.tochuc.appraisal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The JSON the dashboard charts draw (ECharts, static/js/appraisal.js), also rendered as tables without script. */
public final class Charts {

    private Charts() {}

    /** Decided grade counts per label (unit or period), one series per grade, and the members not yet decided. */
    public record Grades(String title, List<String> labels, Map<String, List<Long>> series, List<Long> pending) {}

    /** Step completion per unit of a cycle. */
    public record Completion(String title, List<String> labels, List<Long> total, List<Long> selfAssessed,
            List<Long> appraised, List<Long> decided) {}

    /** A person's months: self score, task points from work items and the decided grade. */
    public record Trend(String user, List<String> labels, List<@Nullable Double> selfScore, List<Double> taskPoints,
            List<@Nullable String> decided) {}
}
