package vn.tochuc.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tochuc.shared.PersonNameOrder.TieBreak;

class PersonNameOrderTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Phạm Minh Chính         | Phạm   | Minh    | Chính | Phạm Minh Chính
            Lương Cường             | Lương  | ''      | Cường | Lương Cường
            Tô Lâm                  | Tô     | ''      | Lâm   | Tô Lâm
            Tôn Nữ Thị Ninh         | Tôn    | Nữ Thị  | Ninh  | Tôn Nữ Thị Ninh
            '  Vương   Đình  Huệ '  | Vương  | Đình    | Huệ   | Vương Đình Huệ
            Lâm                     | ''     | ''      | Lâm   | Lâm
            ''                      | ''     | ''      | ''    | ''
            """)
    void parsesSurnameMiddleAndGivenName(String full, String surname, String middle, String given, String normalized) {
        PersonName name = PersonName.parse(full);

        assertThat(name).isEqualTo(new PersonName(surname, middle, given));
        assertThat(name.full()).isEqualTo(normalized);
    }

    @Test
    void parsesDecomposedInputIntoComposedComponents() {
        PersonName name = PersonName.parse(Normalizer.normalize("Võ Văn Thưởng", Normalizer.Form.NFD));

        assertThat(name).isEqualTo(new PersonName("Võ", "Văn", "Thưởng"));
    }

    @Test
    void sortsRealNamesByGivenNameFirst() {
        List<String> expected = List.of(
                "Nguyễn Văn An",
                "Trần Văn An",
                "Nguyễn Thị Án",
                "Trần Thị Ánh",
                "Ông Thị B",
                "Dương Văn Chiến",
                "Đỗ Văn Chiến",
                "Phạm Minh Chính",
                "Lương Cường",
                "Nguyễn Văn Dũng",
                "Vương Đình Huệ",
                "Nguyễn Văn Hùng",
                "Lê Minh Hưng",
                "Lâm",
                "Tô Lâm",
                "Trần Thanh Mẫn",
                "Phan Văn Phụng",
                "Võ Văn Thưởng");
        List<String> names = new ArrayList<>(expected);
        Collections.shuffle(names, new Random(2024));

        names.sort(PersonNameOrder.standard());

        assertThat(names).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Phạm Minh Chính   | Nguyễn Văn Dũng
            Nguyễn Văn An     | Trần Thị Ánh
            Trần Văn An       | Nguyễn Thị Án
            Dương Văn Chiến   | Đỗ Văn Chiến
            Đỗ Văn Chiến      | Phạm Minh Chính
            Lương Cường       | Lương Văn Cường
            Nguyễn Văn An     | trần văn an
            Lê Văn Thụy       | Nguyễn Văn Thuỵ
            Nguyễn Văn Hùng   | Nguyễn Văn Hưng
            """)
    void ordersPairsByGivenNameThenSurname(String first, String second) {
        assertThat(PersonNameOrder.standard().compare(first, second)).isNegative();
        assertThat(PersonNameOrder.standard().compare(second, first)).isPositive();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            SURNAME_THEN_MIDDLE | Lê Văn Hùng      | Nguyễn Thị Hùng | Trần Anh Hùng
            MIDDLE_THEN_SURNAME | Trần Anh Hùng    | Nguyễn Thị Hùng | Lê Văn Hùng
            """)
    void tieBreakSettingDecidesAmongEqualGivenNames(TieBreak tieBreak, String first, String second, String third) {
        List<String> names = new ArrayList<>(List.of("Nguyễn Thị Hùng", "Trần Anh Hùng", "Lê Văn Hùng"));

        names.sort(PersonNameOrder.comparator(tieBreak));

        assertThat(names).containsExactly(first, second, third);
    }

    @Test
    void standardIsSurnameThenMiddle() {
        List<String> names = new ArrayList<>(List.of("Nguyễn Thị Hùng", "Trần Anh Hùng", "Lê Văn Hùng"));

        names.sort(PersonNameOrder.standard());

        assertThat(names).containsExactly("Lê Văn Hùng", "Nguyễn Thị Hùng", "Trần Anh Hùng");
    }

    @Test
    void sameNameInBothTonePlacementsIsATieBrokenDeterministically() {
        String traditional = "Nguyễn Văn Thụy";
        String other = "Nguyễn Văn Thuỵ";

        int c = PersonNameOrder.standard().compare(traditional, other);

        assertThat(c).isNotZero();
        assertThat(Integer.signum(PersonNameOrder.standard().compare(other, traditional)))
                .isEqualTo(-Integer.signum(c));
        assertThat(PersonNameOrder.standard().compare("Lê Văn Thụy", other)).isNegative();
        assertThat(PersonNameOrder.standard().compare(other, "Phạm Văn Thụy")).isNegative();
    }

    @Test
    void rejectsMissingTieBreak() {
        assertThatNullPointerException().isThrownBy(() -> PersonNameOrder.comparator(null));
    }
}
