package vn.tochuc.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
            assertThat(Cccd.problem(person.idNumber(), person.dateOfBirth(), person.sex())).isEmpty();
            assertThat(ids.add(person.idNumber())).isTrue();
            assertThat(person.ageOn(TODAY)).isBetween(22, 61);
            if (person.party().member()) {
                assertThat(person.party().joinDate()).isAfterOrEqualTo(person.dateOfBirth().plusYears(18));
            }
            if (person.ageOn(TODAY) < 30) {
                assertThat(person.education().theory().ordinal()).isLessThanOrEqualTo(Levels.Theory.SO_CAP.ordinal());
            }
            var career = p.assignments();
            assertThat(career.get(0).from()).isAfterOrEqualTo(person.dateOfBirth().plusYears(22));
            assertThat(career.get(career.size() - 1).open()).isTrue();
            assertThat(career.get(career.size() - 1).unitId()).isEqualTo(person.currentUnitId());
            assertThat(Localities.all()).extracting(Localities.Commune::code).contains(person.origin().hometown().code());
        }
    }

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
