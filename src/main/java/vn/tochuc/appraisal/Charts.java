package vn.tochuc.appraisal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/** The JSON the dashboard charts draw (ECharts, static/js/appraisal.js), also rendered as tables without script. */
public final class Charts {

    private Charts() {}

    /** Decided grade counts per label (unit or period), one series per grade, and the members not yet decided. */
    public record Grades(String title, List<String> labels, Map<String, List<Long>> series, List<Long> pending) {

        /**
         * At most {@code bars} bars for the chart: the labels with the most members, in their order, and one bar
         * {@code others} adding up the rest. The page's table keeps every label.
         */
        public Grades top(int bars, String others) {
            IntFunction<Long> size = i -> pending.get(i)
                    + series.values().stream().mapToLong(s -> s.get(i)).sum();
            List<Integer> kept = Charts.kept(labels.size(), bars, size);
            if (kept == null) {
                return this;
            }
            Map<String, List<Long>> folded = new LinkedHashMap<>();
            series.forEach((grade, counts) -> folded.put(grade, fold(counts, kept)));
            return new Grades(title, foldLabels(labels, kept, others), folded, fold(pending, kept));
        }
    }

    /** Step completion per unit of a cycle. */
    public record Completion(
            String title,
            List<String> labels,
            List<Long> total,
            List<Long> selfAssessed,
            List<Long> appraised,
            List<Long> decided) {

        /** As {@link Grades#top}: the units with the most members, and the rest as one bar. */
        public Completion top(int bars, String others) {
            List<Integer> kept = Charts.kept(labels.size(), bars, total::get);
            if (kept == null) {
                return this;
            }
            return new Completion(
                    title,
                    foldLabels(labels, kept, others),
                    fold(total, kept),
                    fold(selfAssessed, kept),
                    fold(appraised, kept),
                    fold(decided, kept));
        }
    }

    /** A person's months: self score, task points from work items and the decided grade. */
    public record Trend(
            String user,
            List<String> labels,
            List<@Nullable Double> selfScore,
            List<Double> taskPoints,
            List<@Nullable String> decided) {}

    /** The indexes kept as bars (the largest, in their original order), or null when all fit. */
    private static @Nullable List<Integer> kept(int count, int bars, IntFunction<Long> size) {
        if (count <= bars || bars < 2) {
            return null;
        }
        return IntStream.range(0, count)
                .boxed()
                .sorted(Comparator.comparing((Integer i) -> size.apply(i)).reversed())
                .limit(bars - 1L)
                .sorted()
                .toList();
    }

    private static List<String> foldLabels(List<String> labels, List<Integer> kept, String others) {
        List<String> out = new ArrayList<>(kept.stream().map(labels::get).toList());
        out.add(others);
        return out;
    }

    private static List<Long> fold(List<Long> values, List<Integer> kept) {
        List<Long> out = new ArrayList<>(kept.stream().map(values::get).toList());
        long rest = 0;
        for (int i = 0; i < values.size(); i++) {
            if (!kept.contains(i)) {
                rest += values.get(i);
            }
        }
        out.add(rest);
        return out;
    }
}
