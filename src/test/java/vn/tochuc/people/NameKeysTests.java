package vn.tochuc.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tochuc.shared.PersonName;
import vn.tochuc.shared.PersonNameOrder;

class NameKeysTests {

    @ParameterizedTest
    @CsvSource({
        "Nguyễn Văn Hùng, nguyen van hung, hung nguyen van",
        "ĐẶNG THỊ ỨNG, dang thi ung, ung dang thi",
        "Phạm Minh Chính, pham minh chinh, chinh pham minh"
    })
    void foldsForSearch(String name, String folded, String givenFirst) {
        PersonName n = PersonName.parse(name);
        assertThat(NameKeys.folded(n)).isEqualTo(folded);
        assertThat(NameKeys.givenFirst(n)).isEqualTo(givenFirst);
    }

    @Test
    void sortKeyOrdersLikePersonNameOrder() {
        List<String> syllables = List.of(
                "An", "Án", "Ánh", "Anh", "Ân", "Bình", "Chính", "Đức", "Dũng", "Hà", "Hạ", "Hùng", "Hưng", "Nguyễn",
                "Trần", "Lê", "Phạm", "Phan", "Văn", "Thị", "Minh", "Ngọc", "Ông", "Ư", "Y");
        Random r = new Random(7);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            int middle = r.nextInt(3);
            StringBuilder b = new StringBuilder(syllables.get(r.nextInt(syllables.size())));
            for (int m = 0; m < middle; m++) {
                b.append(' ').append(syllables.get(r.nextInt(syllables.size())));
            }
            b.append(' ').append(syllables.get(r.nextInt(syllables.size())));
            names.add(b.toString());
        }
        List<String> byComparator = new ArrayList<>(names);
        byComparator.sort(PersonNameOrder.standard());
        List<String> byKey = new ArrayList<>(names);
        Collections.shuffle(byKey, r);
        byKey.sort((a, b) ->
                Arrays.compareUnsigned(NameKeys.sortKey(PersonName.parse(a)), NameKeys.sortKey(PersonName.parse(b))));
        for (int i = 0; i < names.size(); i++) {
            assertThat(PersonNameOrder.standard().compare(byKey.get(i), byComparator.get(i)))
                    .as("position %d: %s vs %s", i, byKey.get(i), byComparator.get(i))
                    .isZero();
        }
    }
}
