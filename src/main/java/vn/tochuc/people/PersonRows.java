package vn.tochuc.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.tochuc.shared.PersonName;
import vn.tochuc.shared.VietnameseText;

/** Maps {@link Person} to and from the columns of {@code people_person}. */
final class PersonRows {

    static final String COLUMNS = """
            staff_number, id_number, id_issued_on, surname, middle_name, given_name, full_name, name_folded,
            given_folded, given_word, sort_key, other_names, date_of_birth, sex, birthplace_code, birthplace_name,
            hometown_code, hometown_name, ethnicity, religion, permanent_residence, current_address,
            occupation_at_recruitment, recruitment_date, recruiting_org, main_duties, general_education,
            professional_level, professional_code, professional_field, political_theory, state_mgmt,
            foreign_language, language_code, language_name, it_level, it_code,
            party_join_date, party_official_date, party_org, mass_org_join_date, enlist_date, discharge_date,
            military_rank, highest_title, strengths, health, height_cm, weight_kg, blood_type, war_invalid_grade,
            policy_family, social_insurance_no, personal_history, org_assessment, current_unit_id, current_position, position_folded""";

    static final String VALUES = """
            :staff_number, :id_number, :id_issued_on, :surname, :middle_name, :given_name, :full_name, :name_folded,
            :given_folded, :given_word, :sort_key, :other_names, :date_of_birth, :sex, :birthplace_code, :birthplace_name,
            :hometown_code, :hometown_name, :ethnicity, :religion, :permanent_residence, :current_address,
            :occupation_at_recruitment, :recruitment_date, :recruiting_org, :main_duties, :general_education,
            :professional_level, :professional_code, :professional_field, :political_theory, :state_mgmt,
            :foreign_language, :language_code, :language_name, :it_level, :it_code,
            :party_join_date, :party_official_date, :party_org, :mass_org_join_date, :enlist_date, :discharge_date,
            :military_rank, :highest_title, :strengths, :health, :height_cm, :weight_kg, :blood_type,
            :war_invalid_grade, :policy_family, :social_insurance_no, :personal_history, :org_assessment,
            :current_unit_id, :current_position, :position_folded""";

    private PersonRows() {}

    static Map<String, @Nullable Object> params(Person p) {
        Map<String, @Nullable Object> m = new HashMap<>();
        PersonName n = p.name();
        m.put("staff_number", p.staffNumber());
        m.put("id_number", p.idNumber());
        m.put("id_issued_on", p.idIssuedOn());
        m.put("surname", n.surname());
        m.put("middle_name", n.middle());
        m.put("given_name", n.given());
        m.put("full_name", n.full());
        m.put("name_folded", NameKeys.folded(n));
        m.put("given_folded", NameKeys.givenFirst(n));
        m.put("given_word", NameKeys.givenWord(n));
        m.put("sort_key", NameKeys.sortKey(n));
        m.put("other_names", p.otherNames());
        m.put("date_of_birth", p.dateOfBirth());
        m.put("sex", p.sex().name());
        var o = p.origin();
        m.put("birthplace_code", o.birthplace().code());
        m.put("birthplace_name", o.birthplace().name());
        m.put("hometown_code", o.hometown().code());
        m.put("hometown_name", o.hometown().name());
        m.put("ethnicity", o.ethnicity());
        m.put("religion", o.religion());
        m.put("permanent_residence", o.permanentResidence());
        m.put("current_address", o.currentAddress());
        var c = p.career();
        m.put("occupation_at_recruitment", c.occupationAtRecruitment());
        m.put("recruitment_date", c.recruitmentDate());
        m.put("recruiting_org", c.recruitingOrg());
        m.put("main_duties", c.mainDuties());
        m.put("strengths", c.strengths());
        m.put("war_invalid_grade", c.warInvalidGrade());
        m.put("policy_family", c.policyFamily());
        m.put("social_insurance_no", c.socialInsuranceNo());
        var e = p.education();
        m.put("general_education", e.general());
        m.put("professional_level", e.professionalLevel().label());
        m.put("professional_code", e.professionalLevel().name());
        m.put("professional_field", e.professionalField());
        m.put("political_theory", e.theory().name());
        m.put("state_mgmt", e.stateMgmt().name());
        m.put("foreign_language", e.foreignLanguage().label());
        m.put("language_code", e.foreignLanguage().name());
        m.put("language_name", e.languageName());
        m.put("it_level", e.itLevel().label());
        m.put("it_code", e.itLevel().name());
        var pa = p.party();
        m.put("party_join_date", pa.joinDate());
        m.put("party_official_date", pa.officialDate());
        m.put("party_org", pa.organization());
        m.put("mass_org_join_date", pa.massOrgJoinDate());
        m.put("enlist_date", pa.enlistDate());
        m.put("discharge_date", pa.dischargeDate());
        m.put("military_rank", pa.militaryRank());
        m.put("highest_title", pa.highestTitle());
        var h = p.health();
        m.put("health", h.status());
        m.put("height_cm", h.heightCm());
        m.put("weight_kg", h.weightKg());
        m.put("blood_type", h.bloodType());
        m.put("personal_history", p.personalHistory());
        m.put("org_assessment", p.orgAssessment());
        m.put("current_unit_id", p.currentUnitId());
        m.put("current_position", p.currentPosition());
        m.put("position_folded", p.currentPosition() == null ? null : VietnameseText.fold(p.currentPosition()));
        return m;
    }

    static Person map(ResultSet rs, int row) throws SQLException {
        return new Person(
                rs.getLong("id"),
                rs.getString("staff_number"),
                rs.getString("id_number"),
                date(rs, "id_issued_on"),
                new PersonName(rs.getString("surname"), rs.getString("middle_name"), rs.getString("given_name")),
                rs.getString("other_names"),
                date(rs, "date_of_birth"),
                Sex.valueOf(rs.getString("sex")),
                new Person.Origin(
                        new Person.Locality(rs.getString("birthplace_code"), rs.getString("birthplace_name")),
                        new Person.Locality(rs.getString("hometown_code"), rs.getString("hometown_name")),
                        rs.getString("ethnicity"),
                        rs.getString("religion"),
                        rs.getString("permanent_residence"),
                        rs.getString("current_address")),
                new Person.Education(
                        rs.getString("general_education"),
                        Levels.Professional.valueOf(rs.getString("professional_code")),
                        rs.getString("professional_field"),
                        Levels.Theory.valueOf(rs.getString("political_theory")),
                        Levels.StateMgmt.valueOf(rs.getString("state_mgmt")),
                        Levels.ForeignLanguage.valueOf(rs.getString("language_code")),
                        rs.getString("language_name"),
                        Levels.It.valueOf(rs.getString("it_code"))),
                new Person.Party(
                        date(rs, "party_join_date"),
                        date(rs, "party_official_date"),
                        rs.getString("party_org"),
                        date(rs, "mass_org_join_date"),
                        date(rs, "enlist_date"),
                        date(rs, "discharge_date"),
                        rs.getString("military_rank"),
                        rs.getString("highest_title")),
                new Person.Career(
                        rs.getString("occupation_at_recruitment"),
                        date(rs, "recruitment_date"),
                        rs.getString("recruiting_org"),
                        rs.getString("main_duties"),
                        rs.getString("strengths"),
                        rs.getString("war_invalid_grade"),
                        rs.getString("policy_family"),
                        rs.getString("social_insurance_no")),
                new Person.Health(
                        rs.getString("health"),
                        integer(rs, "height_cm"),
                        integer(rs, "weight_kg"),
                        rs.getString("blood_type")),
                rs.getString("personal_history"),
                rs.getString("org_assessment"),
                rs.getLong("current_unit_id"),
                rs.getString("current_position"));
    }

    @SuppressWarnings("NullAway")
    static LocalDate date(ResultSet rs, String col) throws SQLException {
        return rs.getObject(col, LocalDate.class);
    }

    static @Nullable Integer integer(ResultSet rs, String col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v;
    }
}
