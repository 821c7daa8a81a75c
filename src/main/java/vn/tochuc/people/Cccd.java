package vn.tochuc.people;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The 12-digit national ID (số định danh cá nhân / CCCD), structure per Thông tư 07/2016/TT-BCA (Điều 7) as
 * amended by Thông tư 59/2021/TT-BCA: digits 1–3 are the code of the province where the birth was registered
 * ("0" + the two-digit official province code of the 63 provinces before 2025), digit 4 encodes sex and century
 * of birth (0/1 = male/female born 1900–1999, 2/3 = 2000–2099, 4/5 = 2100–2199, 6/7 = 2200–2299,
 * 8/9 = 2300–2399), digits 5–6 are the last two digits of the birth year, digits 7–12 are random.
 */
final class Cccd {

    /** Official province codes before 1 July 2025 (units_2024.csv, level 1); new 2025 codes are a subset. */
    static final Set<String> PROVINCE_CODES = Set.of(
            "01", "02", "04", "06", "08", "10", "11", "12", "14", "15", "17", "19", "20", "22", "24", "25", "26", "27",
            "30", "31", "33", "34", "35", "36", "37", "38", "40", "42", "44", "45", "46", "48", "49", "51", "52", "54",
            "56", "58", "60", "62", "64", "66", "67", "68", "70", "72", "74", "75", "77", "79", "80", "82", "83", "84",
            "86", "87", "89", "91", "92", "93", "94", "95", "96");

    private Cccd() {}

    /**
     * Checks an ID against the structure and, when given, against the person's sex and birth year. Returns the
     * Vietnamese reason it is wrong, or empty when it is valid.
     */
    static Optional<String> problem(String id, @Nullable LocalDate dateOfBirth, @Nullable Sex sex) {
        if (!id.matches("\\d{12}")) {
            return Optional.of("Số CCCD phải gồm đúng 12 chữ số.");
        }
        if (id.charAt(0) != '0' || !PROVINCE_CODES.contains(id.substring(1, 3))) {
            return Optional.of(
                    "Ba số đầu của CCCD (" + id.substring(0, 3) + ") không phải mã tỉnh nơi đăng ký khai sinh.");
        }
        int genderCentury = id.charAt(3) - '0';
        int century = 1900 + (genderCentury / 2) * 100;
        int year = century + Integer.parseInt(id.substring(4, 6));
        if (dateOfBirth != null && dateOfBirth.getYear() != year) {
            return Optional.of("Số thứ 4–6 của CCCD cho năm sinh " + year + ", không khớp năm sinh "
                    + dateOfBirth.getYear() + ".");
        }
        Sex encoded = genderCentury % 2 == 0 ? Sex.M : Sex.F;
        if (sex != null && sex != encoded) {
            return Optional.of("Số thứ 4 của CCCD (" + genderCentury + ") cho giới tính " + encoded.label()
                    + ", không khớp giới tính đã khai.");
        }
        return Optional.empty();
    }

    /** Builds a valid ID (for the generator): province code, sex and year from the person, random tail. */
    static String make(String provinceCode, Sex sex, int birthYear, long serial) {
        int genderCentury = (birthYear - 1900) / 100 * 2 + (sex == Sex.F ? 1 : 0);
        return "0" + provinceCode + genderCentury + String.format("%02d", birthYear % 100)
                + String.format("%06d", serial % 1_000_000);
    }
}
