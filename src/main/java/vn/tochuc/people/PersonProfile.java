package vn.tochuc.people;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the rules of planning, training, rotation and congress personnel read of a person, for many people at
 * once ({@link People#profiles}): birth date and sex (age and retirement), ethnicity, the coded levels, Party
 * membership, the current post and the discipline decisions (item 22 of Mẫu 2C). Not the 2C record: no CCCD, no
 * family, no addresses.
 */
public record PersonProfile(
        long id,
        String fullName,
        LocalDate dateOfBirth,
        Sex sex,
        String ethnicity,
        Levels.Theory theory,
        Levels.StateMgmt stateMgmt,
        Levels.Professional professionalLevel,
        @Nullable LocalDate partyJoinDate,
        @Nullable LocalDate partyOfficialDate,
        long currentUnitId,
        @Nullable String currentPosition,
        List<Discipline> discipline) {

    public PersonProfile {
        discipline = List.copyOf(discipline);
    }

    /** A Party member, probationary or full (a join date is recorded). */
    public boolean partyMember() {
        return partyJoinDate != null;
    }

    /** One discipline decision: its form (khiển trách, cảnh cáo, …), date and the evaluation year it counts for. */
    public record Discipline(
            String form,
            @Nullable LocalDate decidedOn,
            @Nullable Integer year) {}
}
