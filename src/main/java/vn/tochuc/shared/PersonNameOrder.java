package vn.tochuc.shared;

import java.util.Comparator;
import java.util.Objects;

/**
 * The order of person names in Vietnamese official lists: by tên (given name, the last syllable) first, so "Phạm
 * Minh Chính" is listed under C; then, among equal given names, by họ and tên đệm in the order the {@link TieBreak}
 * setting says. Each component is compared with {@link VietnameseCollator}, so Đ sorts after D and tones count
 * ("An" before "Án" before "Ánh").
 *
 * <p>The given names are compared in full, tones included, before any other component: "Trần Văn An" comes before
 * "Nguyễn Thị Án" although "Nguyễn" comes before "Trần". Letter case is looked at only when names are otherwise equal.
 */
public final class PersonNameOrder {

    /** Which component decides between people with the same given name. */
    public enum TieBreak {
        /** Họ, then tên đệm: the usual order, and the default. */
        SURNAME_THEN_MIDDLE,
        /** Tên đệm, then họ. */
        MIDDLE_THEN_SURNAME
    }

    private static final Comparator<String> STANDARD = comparator(TieBreak.SURNAME_THEN_MIDDLE);

    private PersonNameOrder() {}

    /**
     * Returns the comparator for full names, given name first, then the components chosen by {@code tieBreak}.
     * Names equal in every component (ignoring case) fall back to {@link VietnameseCollator} on the full strings.
     *
     * @param tieBreak the tie-break setting, must not be {@code null}
     * @return a thread-safe comparator of full names such as "Phạm Minh Chính"
     */
    public static Comparator<String> comparator(TieBreak tieBreak) {
        Objects.requireNonNull(tieBreak, "tieBreak");
        Comparator<PersonName> byComponents =
                Comparator.comparing(PersonName::given, VietnameseCollator::compareIgnoringCase);
        byComponents = switch (tieBreak) {
            case SURNAME_THEN_MIDDLE ->
                byComponents
                        .thenComparing(PersonName::surname, VietnameseCollator::compareIgnoringCase)
                        .thenComparing(PersonName::middle, VietnameseCollator::compareIgnoringCase);
            case MIDDLE_THEN_SURNAME ->
                byComponents
                        .thenComparing(PersonName::middle, VietnameseCollator::compareIgnoringCase)
                        .thenComparing(PersonName::surname, VietnameseCollator::compareIgnoringCase);
        };
        Comparator<String> byName = Comparator.comparing(PersonName::parse, byComponents);
        return byName.thenComparing(VietnameseCollator.instance());
    }

    /**
     * Returns the standard order: given name, then surname, then middle name.
     *
     * @return {@code comparator(TieBreak.SURNAME_THEN_MIDDLE)}
     */
    public static Comparator<String> standard() {
        return STANDARD;
    }
}
