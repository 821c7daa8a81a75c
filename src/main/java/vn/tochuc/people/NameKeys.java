package vn.tochuc.people;

import java.io.ByteArrayOutputStream;
import vn.tochuc.shared.PersonName;
import vn.tochuc.shared.VietnameseCollator;
import vn.tochuc.shared.VietnameseText;

/**
 * The stored search and sort forms of a name. {@link #sortKey} is a byte string whose unsigned order is the
 * official name order of {@code PersonNameOrder.standard()} (given name, then surname, then middle name, each
 * compared syllable by syllable with ICU's {@code vi} collation at secondary strength), so the database can
 * sort and page people with a plain index on a binary column, the same on H2 and PostgreSQL.
 */
final class NameKeys {

    private static final byte COMPONENT_END = 0x01;

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
        out.writeBytes(VietnameseCollator.sortKey(text));
        out.write(COMPONENT_END);
    }
}
