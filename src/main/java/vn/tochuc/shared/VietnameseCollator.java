package vn.tochuc.shared;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;

/**
 * Orders Vietnamese strings the way Vietnamese dictionaries do: syllable by syllable. The first syllables are
 * compared with ICU's {@code vi} collation (letters, then tones in the order ngang, huyền, hỏi, ngã, sắc, nặng),
 * then the second ones, and so on; a string that is a prefix of another sorts first. So "Hà Tĩnh" comes before
 * "Hạ Long", because "Hà" comes before "Hạ", whatever follows. Comparing whole strings, as a plain ICU collator
 * does, puts "Hạ Long" between "Hà Giang" and "Hà Nam", since it looks at the letters of all syllables before any
 * tone.
 *
 * <p>Both sides are brought to NFC and to one tone placement first ({@link VietnameseText#normalizeTonePlacement}),
 * and whitespace separates syllables however much there is of it. Ties are broken in this order: letter case,
 * syllable by syllable; then the raw strings, so that the order is total and consistent with {@code equals}.
 * Instances are immutable and thread-safe (the ICU collators are frozen).
 */
public final class VietnameseCollator implements Comparator<String> {

    private static final Collator SECONDARY = frozen(Collator.SECONDARY);
    private static final Collator TERTIARY = frozen(Collator.TERTIARY);
    private static final VietnameseCollator INSTANCE = new VietnameseCollator();

    private VietnameseCollator() {}

    /**
     * Returns the shared dictionary-order comparator.
     *
     * @return a thread-safe comparator; it does not accept {@code null} elements (wrap it in
     *     {@link Comparator#nullsFirst} for that)
     */
    public static Comparator<String> instance() {
        return INSTANCE;
    }

    /**
     * Compares two strings in Vietnamese dictionary order, as described on the class.
     *
     * @param a the first string, must not be {@code null}
     * @param b the second string, must not be {@code null}
     * @return negative, zero or positive as {@code a} sorts before, with or after {@code b}
     */
    @Override
    public int compare(String a, String b) {
        String[] sa = syllables(a);
        String[] sb = syllables(b);
        int c = compareSyllables(sa, sb, SECONDARY);
        if (c != 0) {
            return c;
        }
        c = compareSyllables(sa, sb, TERTIARY);
        return c != 0 ? c : a.compareTo(b);
    }

    /**
     * The binary sort key of a text at secondary strength: each syllable's ICU key, each followed by a 0 byte.
     * The unsigned order of the keys is {@link #instance()}'s order ignoring letter case, so a database can sort
     * and page by a plain binary column (the same on H2 and PostgreSQL). Names of people concatenate the keys
     * of their parts; units store the key of their name.
     *
     * @param text any text, must not be {@code null}
     * @return the key; empty for a blank text
     */
    public static byte[] sortKey(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(32);
        for (String syllable : syllables(text)) {
            byte[] key = SECONDARY.getCollationKey(syllable).toByteArray();
            // ICU keys end with a 0 byte and hold no other 0: strip it and write it back as the syllable's end.
            out.write(key, 0, key.length - 1);
            out.write(0);
        }
        return out.toByteArray();
    }

    /** Compares syllable by syllable at ICU secondary strength: letters and tones count, letter case does not. */
    static int compareIgnoringCase(String a, String b) {
        return compareSyllables(syllables(a), syllables(b), SECONDARY);
    }

    private static int compareSyllables(String[] a, String[] b, Collator collator) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            int c = collator.compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    private static String[] syllables(String s) {
        String normalized = VietnameseText.normalizeTonePlacement(s).strip();
        return normalized.isEmpty() ? new String[0] : VietnameseText.SPACES.split(normalized);
    }

    private static Collator frozen(int strength) {
        Collator collator = Collator.getInstance(ULocale.forLanguageTag("vi"));
        collator.setStrength(strength);
        return collator.freeze();
    }
}
