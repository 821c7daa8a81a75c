package vn.tochuc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseCollatorTests {

    private static final List<String> DICTIONARY_ORDER = List.of(
            "Đà Nẵng",
            "Đắk Lắk",
            "Hà",
            "Hà Giang",
            "Hà Nam",
            "Hà Nội",
            "Hà Tĩnh",
            "Hạ Long",
            "Hải Phòng",
            "Khánh Hòa",
            "Quảng Bình",
            "Quảng Trị",
            "Thừa Thiên Huế");

    @Test
    void sortsPlacesSyllableBySyllable() {
        List<String> places = shuffled(DICTIONARY_ORDER, 42);

        places.sort(VietnameseCollator.instance());

        assertThat(places).containsExactlyElementsOf(DICTIONARY_ORDER);
    }

    @Test
    void wholeStringIcuCollationPutsHaLongAmongHaNamesSoSyllablesAreNeeded() {
        List<String> places = new ArrayList<>(List.of("Hà Tĩnh", "Hà Nam", "Hạ Long", "Hà Nội", "Hà Giang"));

        places.sort(Collator.getInstance(ULocale.forLanguageTag("vi")));

        assertThat(places).containsExactly("Hà Giang", "Hạ Long", "Hà Nam", "Hà Nội", "Hà Tĩnh");
    }

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Hà Tĩnh         | Hạ Long
            Hà Nam          | Hạ Long
            Hà              | Hà Nội
            Ha              | Hà
            Hà              | Hả
            Hả              | Hã
            Hã              | Há
            Há              | Hạ
            Dương Văn Chiến | Đỗ Văn Chiến
            Đà Nẵng         | Đắk Lắk
            Ông Thị B       | Ơn
            Phạm Minh Chính | Phan Văn Phụng
            Quảng Bình      | Quảng Trị
            hà nam          | Hà Nội
            hà nội          | Hà Nội
            Khánh Hoà       | Khánh Hòa
            """)
    void ordersPairs(String smaller, String larger) {
        assertThat(VietnameseCollator.instance().compare(smaller, larger)).isNegative();
        assertThat(VietnameseCollator.instance().compare(larger, smaller)).isPositive();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Khánh Hoà      | Khánh Hòa
            Thuỵ           | Thụy
            Thuỷ Nguyên    | Thủy Nguyên
            'Hà   Nội'     | Hà Nội
            """)
    void tonePlacementAndSpacingCompareEqualIgnoringCase(String a, String b) {
        Collator plain = Collator.getInstance(ULocale.forLanguageTag("vi"));
        plain.setStrength(Collator.SECONDARY);
        assertThat(plain.compare(a, b)).as("plain ICU sees a difference").isNotZero();

        assertThat(VietnameseCollator.compareIgnoringCase(a, b)).isZero();
        assertThat(VietnameseCollator.instance().compare(a, b))
                .as("tie broken on the raw strings")
                .isNotZero();
    }

    @Test
    void comparesDecomposedInputLikeComposed() {
        String nfd = Normalizer.normalize("Hạ Long", Normalizer.Form.NFD);

        assertThat(VietnameseCollator.compareIgnoringCase(nfd, "Hạ Long")).isZero();
        assertThat(VietnameseCollator.instance().compare(nfd, "Hà Tĩnh")).isPositive();
        assertThat(VietnameseCollator.instance().compare(nfd, "Hải Phòng")).isNegative();
    }

    @Test
    void isATotalOrder() {
        List<String> all = new ArrayList<>(DICTIONARY_ORDER);
        all.addAll(List.of("Khánh Hoà", "hà nội", "Thuỵ", "Thụy", Normalizer.normalize("Thụy", Normalizer.Form.NFD)));
        for (String a : all) {
            for (String b : all) {
                int ab = Integer.signum(VietnameseCollator.instance().compare(a, b));
                int ba = Integer.signum(VietnameseCollator.instance().compare(b, a));
                assertThat(ab).as("%s vs %s", a, b).isEqualTo(-ba);
                assertThat(ab == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
            }
        }
    }

    @Test
    void isSafeToShareBetweenThreads() {
        List<String> many = IntStream.range(0, 4000)
                .mapToObj(i -> DICTIONARY_ORDER.get(i % DICTIONARY_ORDER.size()) + " " + (i % 7 == 0 ? "Thuỵ" : "Thụy"))
                .toList();
        List<String> expected =
                many.stream().sorted(VietnameseCollator.instance()).toList();

        List<String> parallel = shuffled(many, 7).parallelStream()
                .sorted(VietnameseCollator.instance())
                .toList();

        assertThat(parallel).isEqualTo(expected);
        assertThat(expected.get(0)).startsWith("Đà Nẵng");
    }

    private static List<String> shuffled(List<String> list, long seed) {
        List<String> copy = new ArrayList<>(list);
        Collections.shuffle(copy, new Random(seed));
        assertThat(copy).isNotEqualTo(list);
        return copy;
    }
}
