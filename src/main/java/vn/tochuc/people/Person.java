package vn.tochuc.people;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.tochuc.shared.PersonName;

/**
 * A person's record: the single-valued fields of Mẫu 2C-BNV/2008 (domain-rules §8.1, items hdr and 1–26, 29, 32),
 * grouped as on the form. The list sections (items 27, 28, 30, 31, 21, 22) are {@link Assignment}s and
 * {@link PersonEntry}s. {@code currentUnitId} is the unit of the open main assignment: the owning scope.
 */
public record Person(
        long id,
        @Nullable String staffNumber,
        @Nullable String idNumber,
        @Nullable LocalDate idIssuedOn,
        PersonName name,
        @Nullable String otherNames,
        LocalDate dateOfBirth,
        Sex sex,
        Origin origin,
        Education education,
        Party party,
        Career career,
        Health health,
        @Nullable String personalHistory,
        @Nullable String orgAssessment,
        long currentUnitId,
        @Nullable String currentPosition) {

    /** A locality (commune or province) as written at the time, with its official code when known. */
    public record Locality(@Nullable String code, @Nullable String name) {

        public static Locality none() {
            return new Locality(null, null);
        }
    }

    /** Items 4–9: birthplace, hometown, ethnicity, religion ("Không" when none), residence. */
    public record Origin(
            Locality birthplace,
            Locality hometown,
            String ethnicity,
            String religion,
            @Nullable String permanentResidence,
            @Nullable String currentAddress) {}

    /**
     * Item 15: general education ("12/12"), highest qualification, theory, state management, foreign language
     * (its level on the 6-level framework and the language's name, "Tiếng Anh"), IT.
     */
    public record Education(
            @Nullable String general,
            Levels.Professional professionalLevel,
            @Nullable String professionalField,
            Levels.Theory theory,
            Levels.StateMgmt stateMgmt,
            Levels.ForeignLanguage foreignLanguage,
            @Nullable String languageName,
            Levels.It itLevel) {}

    /** Items 16–19: Party membership, mass organisations, military service, honours. */
    public record Party(
            @Nullable LocalDate joinDate,
            @Nullable LocalDate officialDate,
            @Nullable String organization,
            @Nullable LocalDate massOrgJoinDate,
            @Nullable LocalDate enlistDate,
            @Nullable LocalDate dischargeDate,
            @Nullable String militaryRank,
            @Nullable String highestTitle) {

        public boolean member() {
            return joinDate != null;
        }
    }

    /** Items 10–13, 20, 24, 26: recruitment, duties, strengths, policy status, social insurance. */
    public record Career(
            @Nullable String occupationAtRecruitment,
            @Nullable LocalDate recruitmentDate,
            @Nullable String recruitingOrg,
            @Nullable String mainDuties,
            @Nullable String strengths,
            @Nullable String warInvalidGrade,
            @Nullable String policyFamily,
            @Nullable String socialInsuranceNo) {}

    /** Item 23 (sensitive). */
    public record Health(
            @Nullable String status,
            @Nullable Integer heightCm,
            @Nullable Integer weightKg,
            @Nullable String bloodType) {}

    public String fullName() {
        return name.full();
    }

    public int ageOn(LocalDate day) {
        return java.time.Period.between(dateOfBirth, day).getYears();
    }
}
