package vn.tochuc.people;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A search over people: free text (diacritic-insensitive, matched as a prefix of the full name or of the name
 * given-name-first), unit subtree, position, age band (inclusive, in years on {@code today}), sex, ethnicity,
 * minimum political-theory level and Party membership. Blank fields do not filter.
 */
public record PersonQuery(
        @Nullable String q,
        @Nullable Long unit,
        @Nullable String position,
        @Nullable Integer ageMin,
        @Nullable Integer ageMax,
        @Nullable Sex sex,
        @Nullable String ethnicity,
        Levels.@Nullable Theory theoryAtLeast,
        @Nullable Boolean partyMember,
        int page,
        int size) {

    /** The largest page a user or API client may ask for; exports page internally. */
    public static final int MAX_SIZE = 200;

    public PersonQuery {
        page = Math.max(page, 0);
        size = size <= 0 ? 50 : size;
    }

    public static PersonQuery all() {
        return new PersonQuery(null, null, null, null, null, null, null, null, null, 0, 50);
    }

    public PersonQuery withPage(int newPage, int newSize) {
        return new PersonQuery(
                q, unit, position, ageMin, ageMax, sex, ethnicity, theoryAtLeast, partyMember, newPage, newSize);
    }

    /** Born on or before this day to be at least {@code ageMin}. */
    @Nullable
    LocalDate bornOnOrBefore(LocalDate today) {
        return ageMin == null ? null : today.minusYears(ageMin);
    }

    /** Born after this day to be at most {@code ageMax}. */
    @Nullable
    LocalDate bornAfter(LocalDate today) {
        return ageMax == null ? null : today.minusYears(ageMax + 1L);
    }
}
