package vn.tochuc.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tochuc.appraisal.WorkItemPolicy.Item;

class WorkItemPolicyTests {

    private final WorkItemPolicy policy = new WorkItemPolicy(Map.of());

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(
                        "EVAL-53: all done, passed, on time",
                        List.of(new Item(10, 10, true, 0, 0, false)),
                        100.0,
                        100.0,
                        100.0),
                Arguments.of(
                        "EVAL-53: half the converted quantity done",
                        List.of(new Item(10, 5, true, 0, 0, false)),
                        50.0,
                        50.0,
                        50.0),
                Arguments.of(
                        "EVAL-52: quantities compared after conversion, over-delivery not counted",
                        List.of(new Item(3, 6, true, 0, 0, false), new Item(1, 0, null, 0, 0, false)),
                        75.0,
                        75.0,
                        75.0),
                Arguments.of(
                        "EVAL-54: one major error deducts 25% of that product's quality points",
                        List.of(new Item(4, 4, true, 1, 0, false), new Item(4, 4, true, 0, 0, false)),
                        100.0,
                        87.5,
                        100.0),
                Arguments.of(
                        "EVAL-54: five major errors cannot go below zero",
                        List.of(new Item(2, 2, true, 5, 0, false)),
                        100.0,
                        0.0,
                        100.0),
                Arguments.of(
                        "EVAL-54: quality not confirmed or failed gives no quality points",
                        List.of(new Item(2, 2, null, 0, 0, false), new Item(2, 2, false, 0, 0, false)),
                        100.0,
                        0.0,
                        100.0),
                Arguments.of(
                        "EVAL-55: two delays deduct 50% of that product's timeliness points",
                        List.of(new Item(2, 2, true, 0, 2, false), new Item(2, 2, true, 0, 0, false)),
                        100.0,
                        100.0,
                        75.0),
                Arguments.of(
                        "EVAL-54/EVAL-55: an approved objective cause removes both deductions",
                        List.of(new Item(2, 2, true, 2, 3, true)),
                        100.0,
                        100.0,
                        100.0),
                Arguments.of("EVAL-53: nothing assigned gives zero", List.of(), 0.0, 0.0, 0.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("EVAL-52..55: quantity, quality and timeliness percentages")
    void percentages(String name, List<Item> items, double a, double b, double c) {
        TaskResult r = policy.compute(items);
        assertThat(r.quantityPct()).as("quantity").isEqualTo(a);
        assertThat(r.qualityPct()).as("quality").isEqualTo(b);
        assertThat(r.timelinessPct()).as("timeliness").isEqualTo(c);
    }

    @Test
    @DisplayName("EVAL-56 (U): task points are the weighted mean of (a), (b), (c) scaled to 70, weights from the pack")
    void taskPoints() {
        List<Item> items = List.of(new Item(4, 4, true, 1, 0, false), new Item(4, 4, true, 0, 2, false));
        assertThat(policy.compute(items).taskPoints()).isEqualTo(61.25);
        WorkItemPolicy quantityOnly = new WorkItemPolicy(Map.of(
                "weightQuality", 0.0, "weightTimeliness", 0.0, "taskMaxPoints", 60.0, "deductionPerFailure", 0.5));
        assertThat(quantityOnly.compute(items).taskPoints()).isEqualTo(60.0);
        assertThat(quantityOnly.compute(items).qualityPct()).isEqualTo(75.0);
    }
}
