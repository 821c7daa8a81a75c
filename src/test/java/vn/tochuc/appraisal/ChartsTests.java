package vn.tochuc.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 11, point 18: a chart by unit draws the largest units and one bar for the rest, never ~80 bars. */
class ChartsTests {

    @Test
    @DisplayName("80 units become 14 bars of the largest units, in their order, and one bar adding up the other 66")
    void eightyUnitsFoldIntoFifteenBars() {
        List<String> labels =
                IntStream.range(0, 80).mapToObj(i -> "Đơn vị " + i).toList();
        List<Long> htt = IntStream.range(0, 80)
                .mapToObj(i -> (long) (i % 10 == 0 ? 100 + i : i))
                .toList();
        List<Long> pending = IntStream.range(0, 80).mapToObj(i -> 1L).toList();
        Map<String, List<Long>> series = new LinkedHashMap<>();
        series.put("HTTNV", htt);
        Charts.Grades folded = new Charts.Grades("T", labels, series, pending).top(15, "Các đơn vị khác");

        assertThat(folded.labels()).hasSize(15).endsWith("Các đơn vị khác");
        // the eight units of 100+ first (kept in their order), then the six next largest (79, 78, 77, 76, 75, 74)
        assertThat(folded.labels().subList(0, 14))
                .containsExactly(
                        "Đơn vị 0",
                        "Đơn vị 10",
                        "Đơn vị 20",
                        "Đơn vị 30",
                        "Đơn vị 40",
                        "Đơn vị 50",
                        "Đơn vị 60",
                        "Đơn vị 70",
                        "Đơn vị 74",
                        "Đơn vị 75",
                        "Đơn vị 76",
                        "Đơn vị 77",
                        "Đơn vị 78",
                        "Đơn vị 79");
        long total = htt.stream().mapToLong(Long::longValue).sum();
        assertThat(folded.series().get("HTTNV").stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(total);
        assertThat(folded.pending().get(14)).isEqualTo(66L);
    }

    @Test
    @DisplayName("a cycle with few units is drawn as it is; completion folds by total members")
    void fewUnitsStayAndCompletionFolds() {
        Charts.Completion small = new Charts.Completion(
                "T", List.of("A", "B"), List.of(3L, 4L), List.of(1L, 2L), List.of(1L, 1L), List.of(0L, 1L));
        assertThat(small.top(15, "Khác")).isSameAs(small);

        Charts.Completion big = new Charts.Completion(
                "T",
                List.of("A", "B", "C", "D"),
                List.of(5L, 1L, 9L, 2L),
                List.of(5L, 1L, 9L, 2L),
                List.of(4L, 1L, 8L, 2L),
                List.of(3L, 0L, 7L, 1L));
        Charts.Completion folded = big.top(3, "Khác");
        assertThat(folded.labels()).containsExactly("A", "C", "Khác");
        assertThat(folded.total()).containsExactly(5L, 9L, 3L);
        assertThat(folded.decided()).containsExactly(3L, 7L, 1L);
    }
}
