package vn.tochuc.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Vietnamese text helpers: Unicode normalization, search folding and tone-mark placement.
 *
 * <p>Vietnamese text arrives both precomposed (NFC, what most keyboards send) and decomposed (NFD, from some macOS
 * and legacy sources), and with the tone mark of oa/oe/uy syllables in either of two places ("hoà" or "hòa"). The
 * methods here make those variants compare equal.
 */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Any run of whitespace, including no-break and other Unicode spaces. */
    static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private VietnameseText() {}

    /**
     * Returns the text in Unicode NFC (precomposed) form.
     *
     * @param s the text; {@code null} gives {@code ""}
     * @return the NFC form, never {@code null}
     */
    public static String nfc(@Nullable String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * Folds text for accent- and case-insensitive search: removes all diacritics (tone and vowel marks), maps đ/Đ to
     * d, lower-cases, collapses runs of whitespace to one space and trims. NFC and NFD input fold the same, and so do
     * both tone placements. For example {@code fold("ĐẶNG THỊ ỨNG")} is {@code "dang thi ung"}.
     *
     * @param s the text; {@code null} gives {@code ""}
     * @return the folded text, never {@code null}
     */
    public static String fold(@Nullable String s) {
        if (s == null) {
            return "";
        }
        String stripped =
                MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        String lower = stripped.replace('đ', 'd').replace('Đ', 'd').toLowerCase(Locale.ROOT);
        return SPACES.matcher(lower).replaceAll(" ").trim();
    }

    /**
     * Moves every tone mark to the place the traditional convention ("kiểu cũ", also called the aesthetic
     * placement) puts it, and returns NFC. The two conventions differ only in open syllables whose vowels are oa, oe
     * or uy: this method writes {@code hòa, khỏe, thủy, Thụy} (not {@code hoà, khoẻ, thuỷ, Thuỵ}). That is the
     * spelling of the official names of administrative units (Khánh Hòa, Thanh Hóa, Hòa Bình) and of most state
     * documents and newspapers; the other one, which Unikey calls "kiểu mới", puts the mark on the main vowel.
     *
     * <p>The rule, per syllable: the onsets qu and gi (before another vowel) are consonants (quý, già); a vowel with
     * a circumflex, breve or horn takes the mark (the last one in ươ: người, thuở, thuế); otherwise a closed syllable
     * puts it on its last vowel (hoàng, huých), an open one on the first of two vowels (hòa, mía, tài) or the middle
     * of three (hoài, khuỷu). Words that are not one Vietnamese syllable (Pleiku, ñ) are left as they are, so the
     * method is safe on any text. Letter case is kept.
     *
     * @param s the text; {@code null} gives {@code ""}
     * @return the text with tone marks moved, in NFC, never {@code null}
     */
    public static String normalizeTonePlacement(@Nullable String s) {
        return TonePlacement.normalize(nfc(s));
    }

    /**
     * Tells whether {@code query} occurs in {@code haystack} ignoring case, diacritics, đ/d, normalization form,
     * tone placement and extra whitespace. An empty or blank query matches everything.
     *
     * @param haystack the text searched; {@code null} is treated as empty
     * @param query what the user typed; {@code null} is treated as empty
     * @return {@code fold(haystack).contains(fold(query))}
     */
    public static boolean matches(@Nullable String haystack, @Nullable String query) {
        return fold(haystack).contains(fold(query));
    }
}
