package vn.tochuc.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tochuc.organization.OrgDirectory;

class PopulationGeneratorTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final List<OrgDirectory.UnitRef> UNITS = List.of(
            new OrgDirectory.UnitRef(1, "ORGANIZATION", "A", "Tỉnh ủy Quảng Trị", "X", null, "/1/"),
            new OrgDirectory.UnitRef(2, "ORGANIZATION", "B", "Đảng ủy xã Cam Lộ", "X", 1L, "/1/2/"));

    @Test
    void everyGeneratedPersonIsValidAndConsistentWithAge() {
        var g = new PopulationGenerator(1, UNITS, TODAY, true, "X");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            var p = g.next(i);
            Person person = p.person();
            assertThat(Cccd.problem(person.idNumber(), person.dateOfBirth(), person.sex()))
                    .isEmpty();
            assertThat(ids.add(person.idNumber())).isTrue();
            assertThat(person.ageOn(TODAY)).isBetween(22, 61);
            if (person.party().member()) {
                assertThat(person.party().joinDate())
                        .isAfterOrEqualTo(person.dateOfBirth().plusYears(18));
            }
            if (person.ageOn(TODAY) < 30) {
                assertThat(person.education().theory().ordinal()).isLessThanOrEqualTo(Levels.Theory.SO_CAP.ordinal());
            }
            var career = p.assignments();
            assertThat(career.get(0).from())
                    .isAfterOrEqualTo(person.dateOfBirth().plusYears(22));
            assertThat(career.get(career.size() - 1).open()).isTrue();
            assertThat(career.get(career.size() - 1).unitId()).isEqualTo(person.currentUnitId());
            assertThat(Localities.all())
                    .extracting(Localities.Commune::code)
                    .contains(person.origin().hometown().code());
        }
    }

    static UnitSpan span(long id, String kind, String name, LocalDate from, LocalDate to) {
        var ref = new OrgDirectory.UnitRef(id, "ORGANIZATION", "U" + id, name, kind, null, "/" + id + "/");
        return new UnitSpan(id, kind, List.of(new vn.tochuc.organization.UnitAsOf(ref, 1, from, to, null)));
    }

    @Test
    @DisplayName(
            "Demo careers hold posts only in units in force at the time; the current post is in a unit in force today")
    void postsOnlyInUnitsInForce() {
        LocalDate start = LocalDate.of(2015, 10, 1);
        LocalDate reform = LocalDate.of(2025, 7, 1);
        List<UnitSpan> units = List.of(
                span(1, "DANG_BO_TINH", "Đảng bộ tỉnh Quảng Trị", start, null),
                span(2, "DANG_BO_HUYEN", "Đảng bộ huyện Cam Lộ", start, reform),
                span(3, "DANG_BO_XA", "Đảng bộ xã Cam Lộ", reform, null),
                span(4, "BAN_DANG", "Ban Tuyên giáo Tỉnh ủy", start, LocalDate.of(2025, 3, 1)),
                span(5, "SO", "Sở Nội vụ", LocalDate.of(2020, 2, 1), null));
        var byId = new java.util.HashMap<Long, UnitSpan>();
        units.forEach(u -> byId.put(u.id(), u));
        var g = new PopulationGenerator(units, 7, TODAY, true, "H");
        int onBirthday = 0;
        int dates = 0;
        int datesOnBirthday = 0;
        int appointments = 0;
        int offDays = 0;
        for (int i = 0; i < 3_000; i++) {
            var p = g.next(i);
            for (Assignment a : p.assignments()) {
                UnitSpan u = byId.get(a.unitId());
                LocalDate last = a.to() == null ? TODAY : a.to();
                // units in force from the first day of the history existed before it
                LocalDate begins = u.from().equals(start) ? a.from() : u.from();
                assertThat(begins).as("%s starts %s", a.unitName(), a.from()).isBeforeOrEqualTo(a.from());
                assertThat(u.to() == null || u.to().isAfter(last))
                        .as("%s until %s", a.unitName(), last)
                        .isTrue();
                assertThat(a.unitName()).isEqualTo(u.nameOn(a.from()));
                assertThat(a.positionTitle())
                        .as("a post title is a position, never a ngạch")
                        .isNotIn(GRADES);
                appointments++;
                offDays += a.from().getDayOfMonth() == 1 || a.from().getDayOfMonth() == 15 ? 0 : 1;
            }
            Person person = p.person();
            // the recruiting body is the first employer, under its name of the time
            assertThat(person.career().recruitingOrg())
                    .isEqualTo(byId.get(p.assignments().get(0).unitId())
                            .nameOn(person.career().recruitmentDate()));
            List<LocalDate> all = new java.util.ArrayList<>();
            all.add(person.career().recruitmentDate());
            all.add(person.party().joinDate());
            all.add(person.party().officialDate());
            all.add(person.party().massOrgJoinDate());
            p.assignments().forEach(a -> all.add(a.from()));
            p.entries().stream()
                    .filter(e -> e.kind() != PersonEntry.Kind.FAMILY)
                    .forEach(e -> all.add(e.from()));
            for (LocalDate d : all) {
                if (d != null) {
                    dates++;
                    datesOnBirthday += d.getMonth() == person.dateOfBirth().getMonth()
                                    && d.getDayOfMonth() == person.dateOfBirth().getDayOfMonth()
                            ? 1
                            : 0;
                }
            }
            assertThat(byId.get(person.currentUnitId()).inForceOn(TODAY)).isTrue();
            assertThat(person.currentPosition())
                    .as("a grade (ngạch) is not a chức vụ")
                    .isNotIn("Chuyên viên", "Cán sự", "Chuyên viên chính");
            if (person.party().organization() != null) {
                assertThat(person.party().organization())
                        .doesNotContain("Đảng bộ Đảng bộ")
                        .doesNotContain("Chi bộ Đảng bộ");
            }
            if (person.party().joinDate() != null
                    && person.party().joinDate().getDayOfYear()
                            == person.dateOfBirth().getDayOfYear()) {
                onBirthday++;
            }
        }
        assertThat(onBirthday).as("Party admissions on the birthday").isLessThan(100);
        assertThat(datesOnBirthday / (double) dates).as("dates on the birthday").isLessThan(0.02);
        assertThat(offDays / (double) appointments)
                .as("appointments off the 1st and the 15th")
                .isLessThan(0.02);
    }

    /** The civil-service grades (ngạch) of NĐ 204/2004 and TT 02/2021: entries of item 31, never a post title. */
    static final List<String> GRADES = List.of("Chuyên viên cao cấp", "Chuyên viên chính", "Cán sự", "Nhân viên");

    @Test
    void surnamesFollowRealFrequencies() {
        var g = new PopulationGenerator(2, UNITS, TODAY, false, "X");
        int nguyen = 0;
        int tran = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            String surname = g.next(i).person().name().surname();
            nguyen += surname.equals("Nguyễn") ? 1 : 0;
            tran += surname.equals("Trần") ? 1 : 0;
        }
        assertThat(nguyen / (double) n).isBetween(0.35, 0.41);
        assertThat(tran / (double) n).isBetween(0.09, 0.13);
    }
}
