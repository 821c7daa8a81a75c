package vn.tochuc.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.tochuc.TestPrincipals;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.shared.UnitScope;
import vn.tochuc.web.Role;

/**
 * The role × page matrix (docs/adr/0011-roles-and-pages.md): every role, alone, with a province-wide home unit,
 * asks for the pages and API routes that show people or personal data; each answer is the expected status. The
 * self-service cadre ({@link Role#CADRE}) is linked to the person {@code {own}} and reads only that record.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RolePageMatrixTests {

    /** Column order of {@link #ROWS}. */
    static final Role[] ROLES = {Role.ADMIN, Role.ORG_STAFF, Role.UNIT_HEAD, Role.COMMITTEE, Role.CADRE, Role.EDITOR};

    /** A route and the status each role gets, in the order of {@link #ROLES}; 302 is a redirect. */
    static final Object[][] ROWS = {
        // people pages
        {"/people", 200, 200, 200, 200, 302, 403},
        {"/people/{own}", 200, 200, 200, 200, 200, 403},
        {"/people/{other}", 200, 200, 200, 200, 403, 403},
        {"/people/{own}/print", 200, 200, 200, 200, 200, 403},
        {"/people/{other}/print", 200, 200, 200, 200, 403, 403},
        {"/people/{own}/resume.pdf", 200, 200, 200, 200, 200, 403},
        {"/people/{other}/resume.pdf", 200, 200, 200, 200, 403, 403},
        {"/people/{other}/photo", 404, 404, 404, 404, 403, 403},
        {"/people/{own}/edit", 400, 200, 400, 400, 403, 403},
        {"/people/export.xlsx", 200, 200, 200, 200, 403, 403},
        {"/people/pending", 403, 200, 403, 403, 403, 403},
        {"/people/new", 200, 200, 200, 200, 403, 403},
        {"/people/import", 200, 200, 200, 200, 403, 403},
        // people API
        {"/api/people", 200, 200, 200, 200, 403, 403},
        {"/api/people/{own}", 200, 200, 200, 200, 200, 403},
        {"/api/people/{other}", 200, 200, 200, 200, 403, 403},
        // organization: staffing and the unit screens
        {"/organization/units", 200, 200, 200, 200, 403, 403},
        {"/organization/units/{unit}", 200, 200, 200, 200, 403, 403},
        {"/organization/units/{unit}/staffing", 200, 200, 200, 200, 403, 403},
        {"/organization/reports/reductions", 200, 200, 200, 200, 403, 403},
        {"/api/org/units/{unit}", 200, 200, 200, 200, 403, 403},
        {"/api/org/units/{unit}/positions", 200, 200, 200, 200, 403, 403},
        {"/api/org/units/{unit}/headcount", 200, 200, 200, 200, 403, 403},
        // evaluation
        {"/evaluation/packs", 200, 200, 200, 200, 403, 403},
        {"/evaluation/batch", 200, 200, 200, 200, 403, 403},
        {"/api/evaluation/packs", 200, 200, 200, 200, 403, 403},
        // appraisal: the cadre's own workflow pages stay open
        {"/appraisal/mine", 200, 200, 200, 200, 200, 200},
        {"/appraisal/waiting", 200, 200, 200, 200, 200, 200},
        {"/appraisal/queue", 200, 200, 200, 200, 200, 200},
        {"/appraisal/cycles", 200, 200, 200, 200, 403, 403},
        {"/appraisal/dashboard", 200, 200, 200, 200, 200, 200},
        {"/api/evaluation/cycles", 200, 200, 200, 200, 403, 403},
        // administration and the user's own pages
        {"/admin/users", 200, 403, 403, 403, 403, 403},
        {"/api/admin/users", 200, 403, 403, 403, 403, 403},
        {"/dashboard", 200, 200, 200, 200, 200, 200},
        {"/account", 200, 200, 200, 200, 200, 200},
    };

    static long province;
    static long unit;
    static long own;
    static long other;

    @Autowired
    MockMvc mvc;

    @Autowired
    PersonService service;

    @Autowired
    OrgDirectory org;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void data() {
        if (own != 0) {
            return;
        }
        province = org.findByCode("ORGANIZATION", "TU-QT").orElseThrow().id();
        PeopleFixtures.signIn("staff", UnitScope.everything(), Role.ORG_STAFF);
        try {
            unit = PeopleFixtures.unit(jdbc, "Văn phòng ma trận quyền", province);
            own = PeopleFixtures.create(service, "Hồ Thị Mận", LocalDate.of(1985, 3, 4), Sex.F, unit, "Chuyên viên");
            other = PeopleFixtures.create(
                    service, "Lê Văn Khác", LocalDate.of(1979, 6, 7), Sex.M, unit, "Phó Chánh Văn phòng");
        } finally {
            PeopleFixtures.signOut();
        }
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Object[] row : ROWS) {
            for (int i = 0; i < ROLES.length; i++) {
                cases.add(Arguments.of(ROLES[i], row[0], row[i + 1]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} GET {1} → {2}")
    @MethodSource("matrix")
    void roleGetsTheExpectedAnswer(Role role, String route, int expected) throws Exception {
        String path = route.replace("{own}", String.valueOf(own))
                .replace("{other}", String.valueOf(other))
                .replace(
                        "{unit}",
                        String.valueOf(route.contains("staffing") || route.contains("/api/org/") ? province : unit));
        // Province-wide home unit, one role; the self-service cadre's account is linked to the person {own}.
        var who = TestPrincipals.as(
                "matrix-" + role.name().toLowerCase(),
                UnitScope.of(Set.of(province)),
                role == Role.CADRE ? own : null,
                role);
        MvcResult r = mvc.perform(get(path).with(who)).andReturn();
        assertThat(r.getResponse().getStatus()).as("%s GET %s", role, path).isEqualTo(expected);
    }
}
