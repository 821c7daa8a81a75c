package vn.tochuc.people;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.io.ByteArrayOutputStream;
import vn.tochuc.shared.PersonName;
import vn.tochuc.shared.VietnameseText;

/**
 * The stored search and sort forms of a name. {@link #sortKey} is a byte string whose unsigned order is the
 * official name order of {@code PersonNameOrder.standard()} (given name, then surname, then middle name, each
 * compared syllable by syllable with ICU's {@code vi} collation at secondary strength), so the database can
 * sort and page people with a plain index on a binary column, the same on H2 and PostgreSQL.
 */
final class NameKeys {

    private static final byte SYLLABLE_END = 0x00;
    private static final byte COMPONENT_END = 0x01;
    private static final Collator COLLATOR = collator();

    private NameKeys() {}

    /** "Nguyễn Văn Hùng" → "nguyen van hung". */
    static String folded(PersonName name) {
        return VietnameseText.fold(name.full());
    }

    /** Given name first: "Nguyễn Văn Hùng" → "hung nguyen van", so a search for the given name is a prefix. */
    static String givenFirst(PersonName name) {
        return VietnameseText.fold(name.given() + " " + name.surname() + " " + name.middle());
    }

    /** The folded given name's first word: "Nguyễn Văn Hùng" → "hung"; within it the index is in official order. */
    static String givenWord(PersonName name) {
        String given = givenFirst(name);
        int space = given.indexOf(' ');
        return space < 0 ? given : given.substring(0, space);
    }

    static byte[] sortKey(PersonName name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        component(out, name.given());
        component(out, name.surname());
        component(out, name.middle());
        return out.toByteArray();
    }

    private static void component(ByteArrayOutputStream out, String text) {
        String normalized = VietnameseText.normalizeTonePlacement(text).strip();
        if (!normalized.isEmpty()) {
            for (String syllable : normalized.split("[\\s\\p{Z}]+")) {
                byte[] key = COLLATOR.getCollationKey(syllable).toByteArray();
                // ICU keys end with a 0 byte and hold no other 0: strip it and write our own terminator.
                out.write(key, 0, key.length - 1);
                out.write(SYLLABLE_END);
            }
        }
        out.write(COMPONENT_END);
    }

    private static Collator collator() {
        Collator c = Collator.getInstance(ULocale.forLanguageTag("vi"));
        c.setStrength(Collator.SECONDARY);
        return c.freeze();
    }
}
