package vn.tochuc.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.shared.UnitScope;
import vn.tochuc.web.Role;

/** The bulk profile read (issue 12, point 2): many people in two queries, in scope, staff only, each read logged. */
@SpringBootTest
class PersonProfilesIntegrationTests {

    @Autowired
    People people;

    @Autowired
    PersonService service;

    @Autowired
    OrgDirectory org;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @AfterEach
    void signOut() {
        PeopleFixtures.signOut();
    }

    @Test
    @DisplayName("profiles: the fields the rules read, the discipline entries, only people in scope, each read audited")
    void profilesInScope() {
        long province = org.findByCode("ORGANIZATION", "TU-QT").orElseThrow().id();
        PeopleFixtures.signIn("staff", UnitScope.everything(), Role.ORG_STAFF);
        long mine = PeopleFixtures.unit(jdbc, "Phòng hồ sơ thử", province);
        long theirs = PeopleFixtures.unit(jdbc, "Phòng khác thử", province);
        long a = PeopleFixtures.create(
                service, "Lê Thị Hồng Nhung", LocalDate.of(1984, 6, 2), Sex.F, mine, "Phó Trưởng phòng");
        long b = PeopleFixtures.create(service, "Hồ Văn Thắng", LocalDate.of(1970, 1, 30), Sex.M, mine, "Trưởng phòng");
        long outside =
                PeopleFixtures.create(service, "Đặng Văn Xa", LocalDate.of(1979, 3, 3), Sex.M, theirs, "Chuyên viên");
        PeopleFixtures.signIn("profile-reader", UnitScope.of(Set.of(mine)), Role.ORG_STAFF);

        Map<Long, PersonProfile> got = people.profiles(List.of(a, b, outside, a));

        assertThat(got).containsOnlyKeys(a, b);
        PersonProfile p = got.get(a);
        assertThat(p.fullName()).isEqualTo("Lê Thị Hồng Nhung");
        assertThat(p.dateOfBirth()).isEqualTo(LocalDate.of(1984, 6, 2));
        assertThat(p.sex()).isEqualTo(Sex.F);
        assertThat(p.ethnicity()).isEqualTo("Kinh");
        assertThat(p.theory()).isEqualTo(Levels.Theory.TRUNG_CAP);
        assertThat(p.stateMgmt()).isEqualTo(Levels.StateMgmt.CHUYEN_VIEN);
        assertThat(p.professionalLevel()).isEqualTo(Levels.Professional.DAI_HOC);
        assertThat(p.partyMember()).isTrue();
        assertThat(p.partyJoinDate()).isEqualTo(LocalDate.of(2009, 6, 2));
        assertThat(p.currentUnitId()).isEqualTo(mine);
        assertThat(p.currentPosition()).isEqualTo("Phó Trưởng phòng");
        assertThat(p.discipline())
                .containsExactly(new PersonProfile.Discipline("Khiển trách", LocalDate.of(2020, 3, 1), 2020));
        assertThat(audit.search("profile-reader", "READ", "PERSON", "" + a, 0, 5))
                .hasSize(1);
        assertThat(audit.search("profile-reader", "READ", "PERSON", "" + outside, 0, 5))
                .isEmpty();
        assertThat(people.profiles(List.of())).isEmpty();
    }

    @Test
    @DisplayName("profiles: a self-service cadre may not read other people's profiles")
    void cadreIsRefused() {
        PeopleFixtures.signIn("cadre-profiles", UnitScope.everything(), Role.CADRE);
        assertThatThrownBy(() -> people.profiles(List.of(1L))).isInstanceOf(AccessDeniedException.class);
    }
}
