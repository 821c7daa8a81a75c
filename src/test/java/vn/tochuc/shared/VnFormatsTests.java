package vn.tochuc.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VnFormatsTests {

    private static final String DATE_HINT = " Nhập theo dạng ngày/tháng/năm, ví dụ 30/09/2019.";
    private static final String NUMBER_HINT =
            " Nhập số có dấu chấm ngăn cách hàng nghìn và dấu phẩy trước phần thập phân, ví dụ 1.234.567,5.";

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0                    | 0
            999                  | 999
            1000                 | 1.000
            97900                | 97.900
            -1500                | -1.500
            1234567              | 1.234.567
            -9223372036854775808 | -9.223.372.036.854.775.808
            """)
    void formatsIntegersWithDotGrouping(long value, String expected) {
        assertThat(VnFormats.number(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1234567.5   | 1 | 1.234.567,5
            2.345       | 2 | 2,35
            0           | 2 | 0,00
            -0.04       | 1 | 0,0
            -1234.5     | 0 | -1.235
            -97900.25   | 2 | -97.900,25
            999999.995  | 2 | 1.000.000,00
            12          | 0 | 12
            """)
    void formatsDecimalsWithCommaAndRoundsHalfUp(BigDecimal value, int fractionDigits, String expected) {
        assertThat(VnFormats.number(value, fractionDigits)).isEqualTo(expected);
    }

    @Test
    void rejectsNegativeFractionDigits() {
        assertThatIllegalArgumentException().isThrownBy(() -> VnFormats.number(BigDecimal.ONE, -1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            97.900             | 97900
            97900              | 97900
            1.234,5            | 1234.5
            1234,5             | 1234.5
            ' -1.234.567,25 '  | -1234567.25
            0                  | 0
            -0                 | 0
            +12                | 12
            −5                 | -5
            """)
    void parsesVietnameseNumbers(String text, BigDecimal expected) {
        assertThat(VnFormats.parseNumber(text)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "97.90", "1.5", "1,234.5", "12,", ",5", "1 000", "--1", "1.234.5"})
    void rejectsMalformedNumbersInVietnamese(String text) {
        VnFormats.InvalidNumberException e =
                catchThrowableOfType(VnFormats.InvalidNumberException.class, () -> VnFormats.parseNumber(text));

        assertThat(e).isInstanceOf(IllegalArgumentException.class);
        assertThat(e.getMessage()).isEqualTo("Số không hợp lệ: «" + text + "»." + NUMBER_HINT);
        assertThat(e.input()).isEqualTo(text);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void rejectsBlankNumberInVietnamese(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> VnFormats.parseNumber(text))
                .withMessage("Chưa nhập số." + NUMBER_HINT);
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "97900, 0", "-1234567.5, 1", "0.25, 2"})
    void parsesWhatItFormats(BigDecimal value, int fractionDigits) {
        assertThat(VnFormats.parseNumber(VnFormats.number(value, fractionDigits)))
                .isEqualByComparingTo(value);
    }

    @ParameterizedTest
    @CsvSource({"2019-09-30, 30/09/2019", "2020-01-05, 05/01/2020", "2025-12-31, 31/12/2025"})
    void formatsDates(LocalDate date, String expected) {
        assertThat(VnFormats.date(date)).isEqualTo(expected);
    }

    @Test
    void formatsLocalDateTime() {
        assertThat(VnFormats.dateTime(LocalDateTime.of(2019, 9, 30, 14, 5, 59))).isEqualTo("30/09/2019 14:05");
    }

    @ParameterizedTest
    @CsvSource({
        "2019-09-30T02:30Z, 30/09/2019 09:30",
        "2019-09-30T20:00Z, 01/10/2019 03:00",
        "2019-09-30T14:05+07:00, 30/09/2019 14:05"
    })
    void formatsInstantsInVietnamTime(OffsetDateTime dateTime, String expected) {
        assertThat(VnFormats.dateTime(dateTime)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            30/9/2019          | 2019-09-30
            30/09/2019         | 2019-09-30
            30.09.2019         | 2019-09-30
            30-09-2019         | 2019-09-30
            2019-09-30         | 2019-09-30
            '  30/09/2019\t '  | 2019-09-30
            1/2/2020           | 2020-02-01
            29/02/2020         | 2020-02-29
            """)
    void parsesTheFormsPeopleType(String text, LocalDate expected) {
        assertThat(VnFormats.parseDate(text)).isEqualTo(expected);
        assertThat(VnFormats.tryParseDate(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "31/02/2020",
                "29/02/2019",
                "30/13/2019",
                "00/01/2020",
                "abc",
                "30/09-2019",
                "2019/09/30",
                "2019-9-30",
                "30/09/20190",
                "09/30/2019"
            })
    void rejectsInvalidDatesInVietnamese(String text) {
        VnFormats.InvalidDateException e =
                catchThrowableOfType(VnFormats.InvalidDateException.class, () -> VnFormats.parseDate(text));

        assertThat(e).isInstanceOf(IllegalArgumentException.class);
        assertThat(e.getMessage()).isEqualTo("Ngày không hợp lệ: «" + text + "»." + DATE_HINT);
        assertThat(e.input()).isEqualTo(text);
        assertThat(VnFormats.tryParseDate(text)).isEmpty();
    }

    @Test
    void explainsTheExactMessageForAnImpossibleDate() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> VnFormats.parseDate(" 31/02/2020 "))
                .withMessage("Ngày không hợp lệ: «31/02/2020». Nhập theo dạng ngày/tháng/năm, ví dụ 30/09/2019.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"30/9/19", "30.09.19", "1-1-20"})
    void rejectsTwoDigitYearsSayingWhy(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> VnFormats.parseDate(text))
                .withMessage("Ngày không hợp lệ: «" + text
                        + "». Năm phải ghi đủ 4 chữ số (năm 2 chữ số không rõ thế kỷ)." + DATE_HINT);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" \t "})
    void rejectsBlankDateInVietnamese(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> VnFormats.parseDate(text))
                .withMessage("Chưa nhập ngày." + DATE_HINT);
        assertThat(VnFormats.tryParseDate(text)).isEmpty();
    }
}
