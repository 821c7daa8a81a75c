package vn.tochuc.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tochuc.shared.UnitScope;
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.OutOfScopeException;
import vn.tochuc.web.Role;

@SpringBootTest
class PeopleIntegrationTests {

    @Autowired
    People people;

    @Autowired
    PersonService service;

    @Autowired
    JdbcClient jdbc;

    long province;
    long commune;
    long other;

    @BeforeEach
    void units() {
        PeopleFixtures.signIn("admin", UnitScope.everything(), Role.ADMIN, Role.ORG_STAFF);
        province = PeopleFixtures.unit(jdbc, "Tỉnh ủy thử " + System.nanoTime(), null);
        commune = PeopleFixtures.unit(jdbc, "Đảng ủy xã thử", province);
        other = PeopleFixtures.unit(jdbc, "Tỉnh ủy khác", null);
    }

    @AfterEach
    void signOut() {
        PeopleFixtures.signOut();
    }

    @Test
    void searchIsDiacriticInsensitiveScopedAndInOfficialNameOrder() {
        service.create(
                PeopleFixtures.person("Nguyễn Văn Hùng", LocalDate.of(1980, 5, 1), Sex.M, commune, "Bí thư"),
                LocalDate.of(2020, 1, 1),
                List.of());
        service.create(
                PeopleFixtures.person("Trần Thị An", LocalDate.of(1990, 5, 1), Sex.F, commune, "Chuyên viên"),
                LocalDate.of(2020, 1, 1),
                List.of());
        service.create(
                PeopleFixtures.person("Lê Văn Hùng", LocalDate.of(1985, 5, 1), Sex.M, province, "Chánh VP"),
                LocalDate.of(2020, 1, 1),
                List.of());
        service.create(
                PeopleFixtures.person("Nguyễn Văn Hùng", LocalDate.of(1970, 5, 1), Sex.M, other, "Phó"),
                LocalDate.of(2020, 1, 1),
                List.of());

        var hung = people.search(
                new PersonQuery("nguyen van hung", province, null, null, null, null, null, null, null, 0, 50));
        assertThat(hung.items()).extracting(PersonSummary::fullName).containsExactly("Nguyễn Văn Hùng");
        assertThat(hung.items().get(0).unitName()).isEqualTo("Đảng ủy xã thử");

        var all = people.search(new PersonQuery(null, province, null, null, null, null, null, null, null, 0, 50));
        assertThat(all.items())
                .extracting(PersonSummary::fullName)
                .containsExactly("Trần Thị An", "Lê Văn Hùng", "Nguyễn Văn Hùng");
        assertThat(all.total()).isEqualTo(3);

        var byGiven = people.search(new PersonQuery("HUNG", province, null, null, null, null, null, null, null, 0, 50));
        assertThat(byGiven.items())
                .extracting(PersonSummary::fullName)
                .containsExactly("Lê Văn Hùng", "Nguyễn Văn Hùng");

        var women = people.search(
                new PersonQuery(null, province, null, 30, 40, Sex.F, "Kinh", Levels.Theory.SO_CAP, true, 0, 50));
        assertThat(women.items()).extracting(PersonSummary::fullName).containsExactly("Trần Thị An");

        PeopleFixtures.signIn("scoped", UnitScope.of(Set.of(commune)), Role.ORG_STAFF);
        var scoped = people.search(new PersonQuery("hung", null, null, null, null, null, null, null, null, 0, 50));
        assertThat(scoped.items()).extracting(PersonSummary::unitId).containsOnly(commune);
        assertThatThrownBy(() ->
                        people.search(new PersonQuery(null, province, null, null, null, null, null, null, null, 0, 50)))
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    @DisplayName("NĐ 13/2023: sensitive fields only for ORG_STAFF; every full view audit-logged")
    void sensitiveFieldsAndAudit() {
        long id = service.create(
                PeopleFixtures.person("Phạm Minh Chính", LocalDate.of(1975, 2, 3), Sex.M, commune, "Bí thư"),
                LocalDate.of(2020, 1, 1),
                PeopleFixtures.sensitiveEntries());
        long before = auditReads(id);
        PersonFile full = people.file(id);
        assertThat(full.sensitiveVisible()).isTrue();
        assertThat(full.entries(PersonEntry.Kind.FAMILY)).hasSize(1);
        assertThat(full.person().origin().religion()).isEqualTo("Không");
        assertThat(auditReads(id)).isEqualTo(before + 1);

        PeopleFixtures.signIn("head", UnitScope.of(Set.of(province)), Role.UNIT_HEAD);
        PersonFile limited = people.file(id);
        assertThat(limited.sensitiveVisible()).isFalse();
        assertThat(limited.entries(PersonEntry.Kind.FAMILY)).isEmpty();
        assertThat(limited.entries(PersonEntry.Kind.DISCIPLINE)).isEmpty();
        assertThat(limited.entries(PersonEntry.Kind.AWARD)).hasSize(1);
        assertThat(limited.person().origin().religion()).isEqualTo(Redaction.HIDDEN);
        assertThat(limited.person().health().status()).isNull();
        assertThat(auditReads(id)).isEqualTo(before + 2);

        PeopleFixtures.signIn("outsider", UnitScope.of(Set.of(other)), Role.ORG_STAFF);
        assertThatThrownBy(() -> people.file(id)).isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void invalidRecordsAreRefusedWithAVietnameseReason() {
        Person bad = PeopleFixtures.person("Hoàng Văn Bảy", LocalDate.of(1980, 5, 1), Sex.M, commune, "Phó");
        Person wrongSex = new Person(
                0,
                null,
                Cccd.make("01", Sex.F, 1980, 1),
                null,
                bad.name(),
                null,
                bad.dateOfBirth(),
                Sex.M,
                bad.origin(),
                bad.education(),
                bad.party(),
                bad.career(),
                bad.health(),
                null,
                null,
                commune,
                "Phó");
        assertThatThrownBy(() -> service.create(wrongSex, LocalDate.of(2020, 1, 1), List.of()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("giới tính");
        service.create(bad, LocalDate.of(2020, 1, 1), List.of());
        assertThatThrownBy(() -> service.create(bad, LocalDate.of(2020, 1, 1), List.of()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("đã có");
    }

    private long auditReads(long id) {
        return jdbc.sql(
                        "select count(*) from audit_entry where action = 'READ' and target_type = 'PERSON' and target_id = :id")
                .param("id", String.valueOf(id))
                .query(Long.class)
                .single();
    }
}
