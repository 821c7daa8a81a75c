package vn.tochuc.people;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import vn.tochuc.shared.VietnameseText;
import vn.tochuc.shared.VnFormats;

/** Text helpers shared by the Mẫu 2C PDF and HTML views: NFC, dates, blanks and hidden sensitive values. */
public final class ResumeText {

    static final String HIDDEN = "(không hiển thị — dữ liệu nhạy cảm)";
    /** The label of a locality's name today, beside the name as written (after a merger). */
    static final String NOW_LABEL = vn.tochuc.shared.Texts.vi("resume.nowNamed");

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private ResumeText() {}

    public static String s(@Nullable Object value) {
        return value == null ? "" : VietnameseText.nfc(value.toString());
    }

    public static String d(@Nullable LocalDate date) {
        return date == null ? "" : VnFormats.date(date);
    }

    public static String m(@Nullable LocalDate date) {
        return date == null ? "" : MONTH.format(date);
    }

    public static String period(@Nullable LocalDate from, @Nullable LocalDate to) {
        return m(from) + " – " + (to == null ? "nay" : m(to));
    }

    /** A locality as written, plus today's name when it differs. */
    public static String locality(Person.Locality at, @Nullable String today) {
        String name = s(at.name());
        if (today != null && !today.equals(name)) {
            return name.isEmpty() ? today : name + " (nay là " + today + ")";
        }
        return name;
    }
}
