package vn.tochuc.people;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A row of a people list: what search results and exports carry. */
public record PersonSummary(
        long id,
        String fullName,
        LocalDate dateOfBirth,
        Sex sex,
        String ethnicity,
        long unitId,
        @Nullable String unitName,
        @Nullable String position,
        Levels.Theory theory,
        boolean partyMember) {

    PersonSummary withUnitName(@Nullable String name) {
        return new PersonSummary(
                id, fullName, dateOfBirth, sex, ethnicity, unitId, name, position, theory, partyMember);
    }
}
