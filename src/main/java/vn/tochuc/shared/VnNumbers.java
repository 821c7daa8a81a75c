package vn.tochuc.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The number half of {@link VnFormats}: "1.234.567,5" both ways. */
final class VnNumbers {

    /** Optional sign (ASCII or U+2212 minus), integer part grouped by dots in threes or not at all, comma decimals. */
    private static final Pattern NUMBER = Pattern.compile("([+\\-\u2212]?)(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?");

    private VnNumbers() {}

    static String format(BigDecimal value, int fractionDigits) {
        if (fractionDigits < 0) {
            throw new IllegalArgumentException("fractionDigits must not be negative: " + fractionDigits);
        }
        BigDecimal rounded = value.setScale(fractionDigits, RoundingMode.HALF_UP);
        String digits = rounded.abs().toPlainString();
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        StringBuilder out = new StringBuilder(digits.length() + whole.length() / 3 + 1);
        if (rounded.signum() < 0) {
            out.append('-');
        }
        int lead = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        out.append(whole, 0, lead);
        for (int i = lead; i < whole.length(); i += 3) {
            out.append('.').append(whole, i, i + 3);
        }
        if (point >= 0) {
            out.append(',').append(digits, point + 1, digits.length());
        }
        return out.toString();
    }

    /** Returns the number, or {@code null} if the stripped, non-blank text is not one. */
    static @Nullable BigDecimal parse(String text) {
        Matcher m = NUMBER.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String sign = m.group(1).isEmpty() || m.group(1).equals("+") ? "" : "-";
        String fraction = m.group(3) == null ? "" : "." + m.group(3);
        return new BigDecimal(sign + m.group(2).replace(".", "") + fraction);
    }
}
