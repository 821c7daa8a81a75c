package vn.tochuc.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.tochuc.HomePages;
import vn.tochuc.TestPrincipals;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.shared.UnitScope;
import vn.tochuc.web.Role;

/**
 * Issue 11 item 16: the home page gives staff the number of cadre records in their scope (and the review list
 * "chờ bố trí" to organization officers); a self-service cadre gets no figure about other people.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PeopleFiguresPanelTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PersonService service;

    @Autowired
    OrgDirectory org;

    @Autowired
    JdbcClient jdbc;

    String home(RequestPostProcessor user) throws Exception {
        return HomePages.home(mvc, user);
    }

    @Test
    @DisplayName("an officer sees the records of their scope and the review list, a head no review list, a cadre none")
    void recordsInScope() throws Exception {
        long province = org.findByCode("ORGANIZATION", "TU-QT").orElseThrow().id();
        long unit;
        PeopleFixtures.signIn("admin", UnitScope.everything(), Role.ADMIN, Role.ORG_STAFF);
        try {
            unit = PeopleFixtures.unit(jdbc, "Phòng số liệu trang chủ", province);
            PeopleFixtures.create(service, "Đặng Thị Số", LocalDate.of(1985, 4, 2), Sex.F, unit, "Chuyên viên");
            PeopleFixtures.create(service, "Hồ Văn Liệu", LocalDate.of(1979, 8, 21), Sex.M, unit, "Phó phòng");
        } finally {
            PeopleFixtures.signOut();
        }
        UnitScope scope = UnitScope.of(Set.of(unit));

        String officer = HomePages.panel(home(TestPrincipals.as("home-people", scope, Role.ORG_STAFF)), "people")
                .orElseThrow();
        assertThat(officer)
                .contains("Cán bộ trong phạm vi của bạn")
                .contains("Hồ sơ cán bộ, công chức")
                .contains("href=\"/people\">2<")
                .contains("href=\"/people/pending\">0<");

        String head = HomePages.panel(home(TestPrincipals.as("home-head", scope, Role.UNIT_HEAD)), "people")
                .orElseThrow();
        assertThat(head).contains("href=\"/people\">2<").doesNotContain("/people/pending");

        String cadre = home(TestPrincipals.as("home-cadre", UnitScope.of(Set.of(province)), Role.CADRE));
        assertThat(HomePages.panel(cadre, "people")).isEmpty();
        assertThat(cadre).doesNotContain("Hồ sơ cán bộ, công chức", "/people/pending");
    }
}
