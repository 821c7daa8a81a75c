package vn.tochuc.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * Counts of units (đầu mối, đơn vị hành chính) in force on two dates and the net change, by level, by kind
 * and by province (the province as of {@code to}; a merged province's earlier units count under its successor).
 */
public record Reductions(
        String tree, LocalDate from, LocalDate to, List<Row> levels, List<Row> kinds, List<Row> provinces) {

    public Reductions {
        levels = List.copyOf(levels);
        kinds = List.copyOf(kinds);
        provinces = List.copyOf(provinces);
    }

    /** One line: a level, a kind or a province, with its counts per level for province rows. */
    public record Row(
            String key,
            String label,
            int level,
            long before,
            long after,
            long @org.jspecify.annotations.Nullable [] beforeByLevel,
            long @org.jspecify.annotations.Nullable [] afterByLevel) {

        public long change() {
            return after - before;
        }

        /** Change in percent of {@code before}, one decimal; 0 when there was nothing before. */
        public double percent() {
            return before == 0 ? 0 : Math.round((after - before) * 1000.0 / before) / 10.0;
        }
    }

    public long maxLevel() {
        return levels.size();
    }
}
