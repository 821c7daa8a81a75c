package vn.tochuc.shared;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A Vietnamese person name split into họ (surname), tên đệm (middle name, possibly several syllables or empty) and
 * tên (given name). Components are in NFC with single spaces.
 *
 * <p>{@link #parse} cannot tell compound surnames (Tôn Nữ, Nguyễn Phúc, Âu Dương) from a surname plus a middle
 * name: it takes the first syllable as the surname and the rest as the middle name.
 */
public record PersonName(String surname, String middle, String given) {

    /** All components must not be {@code null}; an absent component is {@code ""}. */
    public PersonName {
        Objects.requireNonNull(surname, "surname");
        Objects.requireNonNull(middle, "middle");
        Objects.requireNonNull(given, "given");
    }

    /**
     * Splits a full name: the first syllable is the surname, the last the given name, anything between the middle
     * name. A single syllable is taken as the given name only; a blank string gives three empty components.
     *
     * @param full the full name as written, e.g. "Phạm Minh Chính"; must not be {@code null}
     * @return the parsed name
     */
    public static PersonName parse(String full) {
        String trimmed = VietnameseText.nfc(full).strip();
        if (trimmed.isEmpty()) {
            return new PersonName("", "", "");
        }
        String[] parts = VietnameseText.SPACES.split(trimmed);
        if (parts.length == 1) {
            return new PersonName("", "", parts[0]);
        }
        String middle = String.join(" ", Arrays.copyOfRange(parts, 1, parts.length - 1));
        return new PersonName(parts[0], middle, parts[parts.length - 1]);
    }

    /**
     * Returns the name in Vietnamese order, surname first, with empty components left out.
     *
     * @return for example "Phạm Minh Chính"
     */
    public String full() {
        return Stream.of(surname, middle, given).filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
    }
}
