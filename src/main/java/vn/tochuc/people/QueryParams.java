package vn.tochuc.people;

import org.jspecify.annotations.Nullable;
import vn.tochuc.shared.Texts;
import vn.tochuc.web.BadInputException;

/** Builds a {@link PersonQuery} from request parameters (pages and API alike), refusing bad values in Vietnamese. */
final class QueryParams {

    private QueryParams() {}

    static PersonQuery of(
            @Nullable String q,
            @Nullable Long unit,
            @Nullable String position,
            @Nullable Integer ageMin,
            @Nullable Integer ageMax,
            @Nullable String sex,
            @Nullable String ethnicity,
            @Nullable String theory,
            @Nullable String party,
            int page,
            int size) {
        if (ageMin != null && ageMax != null && ageMin > ageMax) {
            throw new BadInputException(Texts.t("people.err.query.ages", ageMin, ageMax));
        }
        if (q != null && q.length() > 100) {
            throw new BadInputException(Texts.t("people.err.query.length"));
        }
        Sex s = blank(sex) ? null : parseSex(sex);
        String eth = null;
        if (!blank(ethnicity)) {
            eth = Levels.ethnicity(ethnicity);
            if (eth == null) {
                throw new BadInputException(Texts.t("people.err.ethnicityNamed", ethnicity));
            }
        }
        Levels.Theory t = null;
        if (!blank(theory)) {
            t = Levels.theory(theory);
            if (t == null) {
                throw new BadInputException(Texts.t("people.err.query.theory", theory));
            }
        }
        Boolean member = blank(party)
                ? null
                : switch (party) {
                    case "true", "yes", "Y", "1" -> Boolean.TRUE;
                    case "false", "no", "N", "0" -> Boolean.FALSE;
                    default -> throw new BadInputException(Texts.t("people.err.query.party"));
                };
        return new PersonQuery(
                blank(q) ? null : q,
                unit,
                blank(position) ? null : position,
                ageMin,
                ageMax,
                s,
                eth,
                t,
                member,
                page,
                Math.min(size, PersonQuery.MAX_SIZE));
    }

    private static Sex parseSex(String sex) {
        try {
            return Sex.parse(sex);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
