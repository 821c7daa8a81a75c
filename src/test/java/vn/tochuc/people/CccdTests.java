package vn.tochuc.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CccdTests {

    @DisplayName("CCCD structure (TT 07/2016/TT-BCA Điều 7): province, sex/century digit, birth year")
    @ParameterizedTest(name = "{0} born {1} sex {2} → valid={3}")
    @CsvSource({
        "001085012345, 1985-03-02, M, true",
        "079190000001, 1990-01-01, F, true",
        "038201123456, 2001-05-05, M, true",
        "038301123456, 2001-05-05, F, true",
        "038301123456, 2001-05-05, M, false",
        "038085012345, 1985-03-02, F, false",
        "038085012345, 1986-03-02, M, false",
        "003085012345, 1985-03-02, M, false",
        "101085012345, 1985-03-02, M, false",
        "00108501234, 1985-03-02, M, false",
        "0010850123456, 1985-03-02, M, false",
        "00108501234a, 1985-03-02, M, false",
    })
    void validates(String id, LocalDate dob, Sex sex, boolean valid) {
        assertThat(Cccd.problem(id, dob, sex).isEmpty()).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"01, M, 1985", "79, F, 1999", "96, F, 2003", "48, M, 2000"})
    void madeIdsAreValid(String province, Sex sex, int year) {
        String id = Cccd.make(province, sex, year, 123);
        assertThat(id).hasSize(12);
        assertThat(Cccd.problem(id, LocalDate.of(year, 6, 1), sex)).isEmpty();
    }
}
