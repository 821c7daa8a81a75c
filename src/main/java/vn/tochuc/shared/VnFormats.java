package vn.tochuc.shared;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Numbers and dates as Vietnamese documents write them: "1.234.567,5" (dot between thousands, comma before the
 * decimals) and "30/09/2019" (day/month/year). All methods are thread-safe.
 */
public final class VnFormats {

    /** Vietnam time, used to show instants (UTC+7, no daylight saving). */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4})");
    private static final Pattern TWO_DIGIT_YEAR = Pattern.compile("\\d{1,2}([/.\\-])\\d{1,2}\\1\\d{2}");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final String DATE_HINT = "shared.date.hint";
    private static final String NUMBER_HINT = "shared.number.hint";

    private VnFormats() {}

    /**
     * Formats an integer with dots between thousands: 97900 gives "97.900", -1500 gives "-1.500".
     *
     * @param value the number
     * @return the formatted number
     */
    public static String number(long value) {
        return number(BigDecimal.valueOf(value), 0);
    }

    /**
     * Formats a decimal with dots between thousands and a comma before exactly {@code fractionDigits} decimals,
     * rounding half up: {@code number(1234567.5, 1)} gives "1.234.567,5", {@code number(2.345, 2)} gives "2,35".
     *
     * @param value the number, must not be {@code null}
     * @param fractionDigits how many decimals to show, not negative
     * @return the formatted number; a value that rounds to zero has no minus sign
     */
    public static String number(BigDecimal value, int fractionDigits) {
        return VnNumbers.format(value, fractionDigits);
    }

    /**
     * Parses a number written the Vietnamese way: "97.900", "97900", "1.234,5", "-1.234,5". Dots must group the
     * integer part in threes; surrounding whitespace is ignored.
     *
     * @param text what the user typed; {@code null} counts as blank
     * @return the number, with as many decimals as were typed
     * @throws InvalidNumberException with a Vietnamese message if the text is blank or not such a number
     */
    public static BigDecimal parseNumber(@Nullable String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            throw new InvalidNumberException(s, Texts.t("shared.number.missing", Texts.t(NUMBER_HINT)));
        }
        BigDecimal parsed = VnNumbers.parse(s);
        if (parsed == null) {
            throw new InvalidNumberException(s, Texts.t("shared.number.invalid", s, Texts.t(NUMBER_HINT)));
        }
        return parsed;
    }

    /**
     * Formats a date as "dd/MM/yyyy", for example "30/09/2019".
     *
     * @param date the date, must not be {@code null}
     * @return the formatted date
     */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /**
     * Formats a local date-time as "dd/MM/yyyy HH:mm", for example "30/09/2019 14:05".
     *
     * @param dateTime the date-time, must not be {@code null}
     * @return the formatted date-time
     */
    public static String dateTime(LocalDateTime dateTime) {
        return DATE_TIME.format(dateTime);
    }

    /**
     * Formats an instant as "dd/MM/yyyy HH:mm" in Vietnam time ({@link #VIETNAM}), whatever its offset: databases
     * often return {@code timestamp with time zone} values in UTC, and users expect the time on their clocks.
     *
     * @param dateTime the date-time, must not be {@code null}
     * @return the formatted date-time in Vietnam time
     */
    public static String dateTime(OffsetDateTime dateTime) {
        return DATE_TIME.format(dateTime.atZoneSameInstant(VIETNAM));
    }

    /**
     * Parses a date in the forms people type: "30/9/2019", "30/09/2019", "30.09.2019", "30-09-2019" (day first, one
     * kind of separator, four-digit year) or ISO "2019-09-30", with surrounding whitespace. The date must exist
     * (31/02/2020 is rejected). Two-digit years are rejected because their century is ambiguous.
     *
     * @param text what the user typed; {@code null} counts as blank
     * @return the date
     * @throws InvalidDateException with a Vietnamese message if the text is blank, malformed or not a real date
     */
    public static LocalDate parseDate(@Nullable String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            throw new InvalidDateException(s, Texts.t("shared.date.missing", Texts.t(DATE_HINT)));
        }
        if (TWO_DIGIT_YEAR.matcher(s).matches()) {
            String why = Texts.t("shared.date.two-digit-year");
            throw new InvalidDateException(s, Texts.t("shared.date.invalid-because", s, why, Texts.t(DATE_HINT)));
        }
        try {
            Matcher dmy = DAY_MONTH_YEAR.matcher(s);
            if (dmy.matches()) {
                return dateOf(dmy.group(4), dmy.group(3), dmy.group(1));
            }
            Matcher iso = ISO_DATE.matcher(s);
            if (iso.matches()) {
                return dateOf(iso.group(1), iso.group(2), iso.group(3));
            }
        } catch (DateTimeException notADate) {
            // falls through to the message below: 31/02/2020, 30/13/2019
        }
        throw new InvalidDateException(s, Texts.t("shared.date.invalid", s, Texts.t(DATE_HINT)));
    }

    /**
     * Like {@link #parseDate} but returns empty instead of throwing.
     *
     * @param text what the user typed; {@code null} counts as blank
     * @return the date, or empty if the text is blank or not a valid date
     */
    public static Optional<LocalDate> tryParseDate(@Nullable String text) {
        try {
            return Optional.of(parseDate(text));
        } catch (InvalidDateException e) {
            return Optional.empty();
        }
    }

    private static LocalDate dateOf(String year, String month, String day) {
        return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }

    /** A date the user typed could not be read; the message is Vietnamese and fit to show on the form. */
    public static final class InvalidDateException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final String input;

        private InvalidDateException(String input, String message) {
            super(message);
            this.input = input;
        }

        /** Returns the rejected text, stripped of surrounding whitespace. */
        public String input() {
            return input;
        }
    }

    /** A number the user typed could not be read; the message is Vietnamese and fit to show on the form. */
    public static final class InvalidNumberException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final String input;

        private InvalidNumberException(String input, String message) {
            super(message);
            this.input = input;
        }

        /** Returns the rejected text, stripped of surrounding whitespace. */
        public String input() {
            return input;
        }
    }
}
