package vn.tochuc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseTextTests {

    static String nfd(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        assertThat(decomposed).as("test input must have marks to decompose").isNotEqualTo(s);
        return decomposed;
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nguyễn Văn Hùng", "Phạm Minh Chính", "Đỗ Văn Chiến", "Thừa Thiên Huế", "Đắk Lắk"})
    void nfcComposesDecomposedInput(String name) {
        assertThat(VietnameseText.nfc(nfd(name))).isEqualTo(name);
    }

    @Test
    void nfcOfNullIsEmpty() {
        assertThat(VietnameseText.nfc(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Nguyễn Văn Hùng              | nguyen van hung
            ĐẶNG THỊ ỨNG                 | dang thi ung
            Vương Đình Huệ               | vuong dinh hue
            Võ Văn Thưởng                | vo van thuong
            Trần Thanh Mẫn               | tran thanh man
            Ông Thị B                    | ong thi b
            Đắk Lắk                      | dak lak
            Thừa Thiên Huế               | thua thien hue
            Khánh Hoà                    | khanh hoa
            Khánh Hòa                    | khanh hoa
            Thuỵ                         | thuy
            Thụy                         | thuy
            '  Lương \t  Cường\u00A0 '   | luong cuong
            ''                           | ''
            """)
    void foldsCaseDiacriticsAndSpaces(String input, String folded) {
        assertThat(VietnameseText.fold(input)).isEqualTo(folded);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nguyễn Văn Hùng", "ĐẶNG THỊ ỨNG", "Phan Văn Phụng", "Hạ Long", "Quảng Trị", "Thuỵ"})
    void foldsDecomposedInputLikeComposed(String name) {
        assertThat(VietnameseText.fold(nfd(name)))
                .isEqualTo(VietnameseText.fold(name))
                .matches("[a-z ]+");
    }

    @Test
    void foldOfNullIsEmpty() {
        assertThat(VietnameseText.fold(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            hoà             | hòa
            HOÀ             | HÒA
            Khánh Hoà       | Khánh Hòa
            Thanh Hoá       | Thanh Hóa
            thuỷ            | thủy
            Thuỵ            | Thụy
            khoẻ            | khỏe
            loè loẹt        | lòe loẹt
            uỷ ban          | ủy ban
            toạ đàm         | tọa đàm
            quý             | quý
            quỳnh           | quỳnh
            quà             | quà
            gìa             | già
            giữa            | giữa
            giường          | giường
            gìn giữ         | gìn giữ
            hoàng           | hoàng
            huých           | huých
            hoài            | hoài
            khuỷu           | khuỷu
            ngoẹo           | ngoẹo
            người           | người
            thuở            | thuở
            Huế             | Huế
            mía             | mía
            của             | của
            quyển           | quyển
            Đắk Lắk         | Đắk Lắk
            Pleiku          | Pleiku
            piñata          | piñata
            Phạm Minh Chính | Phạm Minh Chính
            """)
    void movesToneMarkToTraditionalPlace(String input, String expected) {
        assertThat(VietnameseText.normalizeTonePlacement(input)).isEqualTo(expected);
        assertThat(VietnameseText.normalizeTonePlacement(nfdOrSame(input))).isEqualTo(expected);
        assertThat(VietnameseText.normalizeTonePlacement(expected)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Khánh Hoà   | Khánh Hòa
            Thuỵ        | Thụy
            Hoà Bình    | Hòa Bình
            Thuỷ Nguyên | Thủy Nguyên
            """)
    void bothTonePlacementsBecomeOneString(String oneStyle, String otherStyle) {
        assertThat(oneStyle).isNotEqualTo(otherStyle);
        assertThat(VietnameseText.normalizeTonePlacement(nfd(oneStyle)))
                .isEqualTo(VietnameseText.normalizeTonePlacement(otherStyle));
        assertThat(VietnameseText.fold(oneStyle)).isEqualTo(VietnameseText.fold(otherStyle));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Nguyễn Văn Hùng      | nguyen van hung  | true
            Nguyễn Văn Hùng      | VĂN HÙNG         | true
            Nguyễn Văn Hùng      | 'van   hung '    | true
            Đỗ Văn Chiến         | do van           | true
            Tỉnh Khánh Hoà       | khánh hòa        | true
            Xã Thuỵ Anh          | thụy             | true
            Thành phố Hà Nội     | ''               | true
            Nguyễn Văn Hùng      | hung van         | false
            Phan Văn Phụng       | pham             | false
            Đà Nẵng              | dang             | false
            """)
    void matchesIgnoringCaseDiacriticsAndPlacement(String haystack, String query, boolean expected) {
        assertThat(VietnameseText.matches(haystack, query)).isEqualTo(expected);
    }

    @Test
    void matchesDecomposedHaystack() {
        assertThat(VietnameseText.matches(nfd("Trần Thanh Mẫn"), "thanh mẫn")).isTrue();
    }

    private static String nfdOrSame(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }
}
