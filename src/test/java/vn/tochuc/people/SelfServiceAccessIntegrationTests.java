package vn.tochuc.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.tochuc.Sessions;
import vn.tochuc.TestPrincipals;
import vn.tochuc.identity.NewUser;
import vn.tochuc.identity.Users;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.shared.UnitScope;
import vn.tochuc.web.Role;

/**
 * Issue 11 item 1: a self-service cadre (role CADRE only, province-wide home unit) reads their own record with
 * its sensitive fields and nobody else's; the CCCD is shown only to ORG_STAFF and to the person.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SelfServiceAccessIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PersonService service;

    @Autowired
    Users users;

    @Autowired
    OrgDirectory org;

    @Autowired
    JdbcClient jdbc;

    long province;
    long own;
    long other;
    String ownCccd;
    String otherCccd;

    @BeforeEach
    void data() {
        province = org.findByCode("ORGANIZATION", "TU-QT").orElseThrow().id();
        PeopleFixtures.signIn("staff", UnitScope.everything(), Role.ORG_STAFF);
        try {
            long unit = PeopleFixtures.unit(jdbc, "Phòng tự phục vụ", province);
            own = PeopleFixtures.create(
                    service, "Đoàn Thị Thu Hà", LocalDate.of(1990, 4, 5), Sex.F, unit, "Chuyên viên");
            other = PeopleFixtures.create(
                    service, "Trương Văn Lực", LocalDate.of(1977, 8, 9), Sex.M, unit, "Trưởng phòng");
        } finally {
            PeopleFixtures.signOut();
        }
        ownCccd = cccd(own);
        otherCccd = cccd(other);
    }

    String cccd(long id) {
        return jdbc.sql("select id_number from people_person where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    RequestPostProcessor cadre(Long personId) {
        return TestPrincipals.as("cb-" + personId, UnitScope.of(Set.of(province)), personId, Role.CADRE);
    }

    @Test
    @DisplayName("the cadre's own record comes with the CCCD and the sensitive sections")
    void ownRecordWithSensitiveFields() throws Exception {
        mvc.perform(get("/api/people/" + own).with(cadre(own)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.person.idNumber").value(ownCccd))
                .andExpect(jsonPath("$.sensitiveVisible").value(true))
                .andExpect(content().string(Matchers.containsString("Trần Thị Lan")));
        mvc.perform(get("/people/" + own).param("tab", "family").with(cadre(own)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Trần Thị Lan")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"person-edit\""))));
    }

    @Test
    @DisplayName("another person's record: 403 JSON and 403 page for the cadre, each denial in the audit log")
    void othersRecordIsForbiddenAndAudited() throws Exception {
        mvc.perform(get("/api/people/" + other).with(cadre(own)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("Bạn không có quyền thực hiện thao tác này."))
                .andExpect(content().string(Matchers.not(Matchers.containsString(otherCccd))));
        mvc.perform(get("/people/" + other + "/resume.pdf").with(cadre(own))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where actor = :a and outcome = 'DENIED' and target_id in (:t)
                """)
                        .param("a", "cb-" + own)
                        .param("t", java.util.List.of("/api/people/" + other, "/people/" + other + "/resume.pdf"))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    @DisplayName("the CCCD and sensitive fields are hidden from a unit head; ORG_STAFF sees them")
    void cccdOnlyForRolesThatNeedIt() throws Exception {
        var scope = UnitScope.of(Set.of(province));
        String head = mvc.perform(get("/api/people/" + other).with(TestPrincipals.as("head", scope, Role.UNIT_HEAD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(head).doesNotContain(otherCccd).doesNotContain("Trần Thị Lan");
        String page = mvc.perform(get("/people/" + other).with(TestPrincipals.as("head", scope, Role.UNIT_HEAD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain(otherCccd);
        mvc.perform(get("/api/people/" + other).with(TestPrincipals.as("staff", scope, Role.ORG_STAFF)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.person.idNumber").value(otherCccd));
    }

    @Test
    @DisplayName("a cadre whose account is linked to no record gets the 403 page with the reason")
    void unlinkedCadreIsToldWhy() throws Exception {
        mvc.perform(get("/people").with(cadre(null)))
                .andExpect(status().isForbidden())
                .andExpect(content()
                        .string(Matchers.containsString("Tài khoản của bạn chưa được gắn với hồ sơ cán bộ nào")));
        mvc.perform(get("/people").with(TestPrincipals.as("editor", UnitScope.everything(), Role.EDITOR)))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("the administrator links the account to its record; after login the cadre's list is that record")
    void adminLinksAccountToRecord() throws Exception {
        String name = "cb.lien.ket." + System.nanoTime() % 100000;
        PeopleFixtures.signIn("admin", UnitScope.everything(), Role.ADMIN, Role.ORG_STAFF);
        long account;
        try {
            account = users.create(new NewUser(
                    name, "Đoàn Thị Thu Hà", "Mat-khau-2026", province, false, Set.of(), Set.of(Role.CADRE)));
        } finally {
            PeopleFixtures.signOut();
        }
        MockHttpSession admin = Sessions.admin(mvc);
        mvc.perform(get("/admin/people/pick")
                        .param("personQuery", "doan thi thu ha")
                        .session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"" + own + "\"")));
        mvc.perform(post("/admin/users/" + account + "/person")
                        .param("personId", "987654321")
                        .session(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + account));
        assertThat(users.find(account).orElseThrow().personId()).isNull();
        mvc.perform(post("/admin/users/" + account + "/person")
                        .param("personId", String.valueOf(own))
                        .session(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + account));
        assertThat(users.find(account).orElseThrow().personId()).isEqualTo(own);
        mvc.perform(get("/admin/users/" + account).session(admin))
                .andExpect(content().string(Matchers.containsString("Đoàn Thị Thu Hà")));

        MockHttpSession cadre = Sessions.login(mvc, name, "Mat-khau-2026");
        mvc.perform(get("/people").session(cadre)).andExpect(redirectedUrl("/people/" + own));
        mvc.perform(get("/people/" + own).session(cadre)).andExpect(status().isOk());
        mvc.perform(get("/people/" + other).session(cadre)).andExpect(status().isForbidden());
        mvc.perform(get("/api/people/" + own).with(httpBasic(name, "Mat-khau-2026")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.person.idNumber").value(ownCccd));
        mvc.perform(get("/api/people/" + other).with(httpBasic(name, "Mat-khau-2026")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'USER_UPDATE' and target_id = :id")
                        .param("id", String.valueOf(account))
                        .query(Long.class)
                        .single())
                .isPositive();
    }
}
