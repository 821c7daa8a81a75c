package vn.tochuc.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CEL formulas: type-checked when saved, errors in Vietnamese, the fast evaluator agrees with CEL. */
class CelFormulasTests {

    static final List<String> NAMES = List.of("a", "b", "c");
    static final CelFormulas CEL = new CelFormulas(NAMES);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "a * 2                 | hãy viết số thực, ví dụ 2.0 thay cho 2",
                "x + 1.0               | biến «x» chưa được khai báo",
                "a +                   | dòng 1",
                "a > 1.0               | cần số (double)",
                "\"'chuoi'\"             | cần số (double)",
                "                      | công thức trống"
            })
    @DisplayName("formula errors are refused in Vietnamese, naming the item and rule")
    void refusesInVietnamese(String formula, String message) {
        assertThatThrownBy(() -> CEL.compile(formula, CelFormulas.Kind.NUMBER, "Mục K1 (quy tắc EVAL-53)"))
                .isInstanceOf(EvaluationInputException.class)
                .hasMessageContaining("Mục K1 (quy tắc EVAL-53)")
                .hasMessageContaining(message);
    }

    @Test
    @DisplayName("conditions must be boolean")
    void conditionsAreBoolean() {
        assertThatThrownBy(() -> CEL.compile("a + 1.0", CelFormulas.Kind.CONDITION, "Điều kiện HTXSNV (EVAL-14)"))
                .hasMessageContaining("đúng/sai");
        assertThat(CEL.compile("a >= 1.0 && !(b < 0.0)", CelFormulas.Kind.CONDITION, "x")
                        .native_())
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '#',
            value = {
                "a + b * c - 1.5 / (a + 1.0)          # true",
                "min(a, b) + max(b, c)                # true",
                "a > b ? a - b : -(b - a)             # true",
                "a >= 1.0 && b < 3.0 || c == 2.0 ? 1.0 : 0.0 # true",
                "double(3) * a + 2.0                  # true",
                "a != b ? 1.0 : 0.0                   # true",
                "double(7 / 2) + a                    # false",
                "double(size('abc')) + a              # false"
            })
    @DisplayName("the fast evaluator gives exactly what CEL's interpreter gives; outside the subset CEL runs")
    void fastEqualsCel(String formula, boolean nativeExpected) {
        CelFormulas.Compiled c = CEL.compile(formula, CelFormulas.Kind.NUMBER, "x");
        assertThat(c.native_()).isEqualTo(nativeExpected);
        FastExpr cel = CelFormulas.interpreted(c.program(), NAMES);
        Random random = new Random(42);
        for (int i = 0; i < 500; i++) {
            double[] v = {random.nextInt(5), random.nextDouble() * 10, random.nextInt(3)};
            assertThat(c.fast().eval(v))
                    .as(formula + " at " + java.util.Arrays.toString(v))
                    .isEqualTo(cel.eval(v));
        }
    }

    @Test
    @DisplayName("EVAL-14: a pack with overlapping bands is refused, naming the rule")
    void overlappingBands() {
        String json = TestPacks.json("qd366-v1").replace("\"min\": 70", "\"min\": 95");
        assertThatThrownBy(() -> PackCompiler.compile(RulePackJson.pack(json)))
                .hasMessageContaining("chồng lấn")
                .hasMessageContaining("EVAL-14");
    }

    @Test
    @DisplayName("EVAL-12: an item above its group's maximum is refused")
    void itemAboveGroupMax() {
        String json = TestPacks.json("nd335-v1")
                .replaceFirst("\"max\": 5,(\\s+)\"rule\": \"EVAL-51\"", "\"max\": 50,$1\"rule\": \"EVAL-51\"");
        assertThatThrownBy(() -> PackCompiler.compile(RulePackJson.pack(json)))
                .hasMessageContaining("vượt điểm tối đa của nhóm")
                .hasMessageContaining("EVAL-51");
    }

    @Test
    @DisplayName("EVAL-53: a formula over an undeclared input is refused when the pack is saved")
    void undeclaredInputInPack() {
        String json = TestPacks.json("nd335-v1").replaceFirst("completed / assigned", "done / assigned");
        assertThatThrownBy(() -> PackCompiler.compile(RulePackJson.pack(json)))
                .hasMessageContaining("mục K1")
                .hasMessageContaining("EVAL-53")
                .hasMessageContaining("«done»");
    }

    @Test
    @DisplayName("EVAL-59: unknown inputs, missing inputs and out-of-range inputs are refused naming item and rule")
    void inputChecks() {
        CompiledPack p = TestPacks.pack("nd335-v1");
        assertThatThrownBy(() -> p.evaluate(
                        Cases.subject("CONG_CHUC", Cases.with(Cases.STATE_GOOD, "completed", -1)), null, null))
                .hasMessageContaining("«completed»")
                .hasMessageContaining("ngoài khoảng")
                .hasMessageContaining("mục K1 (quy tắc EVAL-53)");
        var missing = new java.util.HashMap<>(Cases.STATE_GOOD);
        missing.remove("assigned");
        assertThatThrownBy(() -> p.evaluate(Cases.subject("CONG_CHUC", missing), null, null))
                .hasMessageContaining("Thiếu đầu vào «assigned»")
                .hasMessageContaining("EVAL-54");
        assertThatThrownBy(() ->
                        p.evaluate(Cases.subject("CONG_CHUC", Cases.with(Cases.STATE_GOOD, "bogus", 1)), null, null))
                .hasMessageContaining("«bogus»");
        assertThatThrownBy(() -> p.evaluate(Cases.subject("CONG_CHUC", Cases.STATE_GOOD, "NOPE"), null, null))
                .hasMessageContaining("«NOPE»");
        assertThatThrownBy(() -> p.evaluate(Cases.subject("KHONG_CO", Cases.STATE_GOOD), null, null))
                .hasMessageContaining("EVAL-13");
    }
}
