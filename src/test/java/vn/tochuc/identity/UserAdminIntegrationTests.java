package vn.tochuc.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.tochuc.Sessions;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.web.Role;

/** The admin pages grant roles and scope, reset passwords, and every change is audited with a digest. */
@SpringBootTest
@AutoConfigureMockMvc
class UserAdminIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @Autowired
    AccountService accounts;

    @Autowired
    OrgDirectory org;

    @Autowired
    AuditLog audit;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    IdentityFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new IdentityFixtures(users, accounts, org);
    }

    @Test
    @DisplayName("granting a second commune widens the user's scope; the change is audited before/after")
    void grantScopeAndRoles() throws Exception {
        String user = fixtures.userIn("DU-X-CAMLO", Role.CADRE);
        long id = users.findByUsername(user).orElseThrow().id();
        long dongHa = fixtures.unit("DU-P-DONGHA");
        mvc.perform(get("/api/org/units/" + dongHa).with(httpBasic(user, IdentityFixtures.PASSWORD)))
                .andExpect(status().isForbidden());

        MockHttpSession admin = Sessions.admin(mvc);
        mvc.perform(post("/admin/users/" + id)
                        .session(admin)
                        .with(csrf())
                        .param("fullName", "Nguyễn Văn Thử")
                        .param("homeUnitId", String.valueOf(fixtures.unit("DU-X-CAMLO")))
                        .param("extraScope", " " + dongHa + " ")
                        .param("roles", "ORG_STAFF", "UNIT_HEAD")
                        .param("enabled", "true"))
                .andExpect(status().is3xxRedirection());

        UserSummary after = users.find(id).orElseThrow();
        assertThat(after.roles()).containsExactlyInAnyOrder(Role.ORG_STAFF, Role.UNIT_HEAD);
        assertThat(after.extraScopeUnitIds()).containsExactly(dongHa);
        mvc.perform(get("/api/org/units/" + dongHa).with(httpBasic(user, IdentityFixtures.PASSWORD)))
                .andExpect(status().isOk());
        var entry = audit.search("admin", "USER_UPDATE", "USER", String.valueOf(id), 0, 1)
                .get(0);
        assertThat(entry.beforeDigest()).isNotEqualTo(entry.afterDigest());
    }

    @Test
    @DisplayName("the account pages choose units with the organization's unit picker, shown by name, not by number")
    void accountPagesPickUnitsByName() throws Exception {
        String user = fixtures.userIn("DU-X-CAMLO", Role.ORG_STAFF);
        long id = users.findByUsername(user).orElseThrow().id();
        long camLo = fixtures.unit("DU-X-CAMLO");
        long dongHa = fixtures.unit("DU-P-DONGHA");
        long province = fixtures.unit("TU-QT");
        MockHttpSession admin = Sessions.admin(mvc);
        mvc.perform(post("/admin/users/" + id)
                        .session(admin)
                        .with(csrf())
                        .param("fullName", "Nguyễn Văn Thử")
                        .param("homeUnitId", String.valueOf(camLo))
                        .param("extraScope", String.valueOf(dongHa), String.valueOf(province))
                        .param("roles", "ORG_STAFF")
                        .param("enabled", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(users.find(id).orElseThrow().extraScopeUnitIds()).containsExactlyInAnyOrder(dongHa, province);

        String page = mvc.perform(get("/admin/users/" + id).session(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("hx-get=\"/organization/units/pick?field=homeUnitId&multi=false")
                .contains("hx-get=\"/organization/units/pick?field=extraScope&multi=true")
                .contains("<input type=\"radio\" name=\"homeUnitId\" value=\"" + camLo
                        + "\" checked> <span class=\"unit-choice-name\">"
                        + org.find(camLo).orElseThrow().name() + "</span>")
                .contains("<input type=\"checkbox\" name=\"extraScope\" value=\"" + dongHa
                        + "\" checked> <span class=\"unit-choice-name\">"
                        + org.find(dongHa).orElseThrow().name() + "</span>")
                .doesNotContain("inputmode=\"numeric\"");
        String form = mvc.perform(get("/admin/users").session(admin))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).contains("id=\"pick-homeUnitId-q\"").doesNotContain("/admin/units/pick");
    }

    @Test
    @DisplayName("a password reset replaces the old password; a weak one is refused in Vietnamese")
    void resetPassword() throws Exception {
        String user = fixtures.userIn("DU-X-CAMLO", Role.CADRE);
        long id = users.findByUsername(user).orElseThrow().id();
        MockHttpSession admin = Sessions.admin(mvc);
        var weak = mvc.perform(post("/admin/users/" + id + "/password")
                        .session(admin)
                        .with(csrf())
                        .param("password", "ngan"))
                .andReturn();
        assertThat(weak.getFlashMap().get("flash")).asString().contains("ít nhất 10 ký tự");

        mvc.perform(post("/admin/users/" + id + "/password")
                .session(admin)
                .with(csrf())
                .param("password", "Mat-khau-moi-2027"));
        mvc.perform(get("/api/me").with(httpBasic(user, IdentityFixtures.PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me").with(httpBasic(user, "Mat-khau-moi-2027"))).andExpect(status().isOk());
        assertThat(audit.search("admin", "USER_PASSWORD_RESET", "USER", String.valueOf(id), 0, 5))
                .hasSize(1);
    }

    @Test
    @DisplayName("passwords are stored hashed, never in plain text")
    void passwordsAreHashed() {
        String user = fixtures.userIn("DU-X-CAMLO", Role.CADRE);
        String stored = accounts.loadUserByUsername(user).getPassword();
        assertThat(stored).startsWith("{bcrypt}").doesNotContain(IdentityFixtures.PASSWORD);
    }

    @Test
    @DisplayName("an unknown home unit and a taken user name are refused with a Vietnamese message")
    void invalidAccountsAreRefused() throws Exception {
        MockHttpSession admin = Sessions.admin(mvc);
        String html = mvc.perform(post("/admin/users")
                        .session(admin)
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("username", "don.vi.sai")
                        .param("fullName", "Lê Văn Sai")
                        .param("password", "Mat-khau-2026")
                        .param("homeUnitId", "987654321"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Không có đơn vị với mã số 987654321");
        assertThat(users.findByUsername("don.vi.sai")).isEmpty();
        String taken = mvc.perform(post("/admin/users")
                        .session(admin)
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("username", "admin")
                        .param("fullName", "Trùng Tên")
                        .param("password", "Mat-khau-2026")
                        .param("globalScope", "true"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(taken).contains("đã được sử dụng");
    }

    @Test
    @DisplayName(
            "demo data: the self-service account canbo.demo has only the role CADRE and is linked to a demo person")
    void demoSelfServiceAccount() throws Exception {
        long deadline = System.currentTimeMillis() + 180_000; // the demo people are generated in the background
        while (users.findByUsername(IdentityDemoData.CADRE).isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        UserSummary demo = users.findByUsername(IdentityDemoData.CADRE).orElseThrow();
        assertThat(demo.roles()).containsExactly(Role.CADRE);
        assertThat(demo.homeUnitId()).isEqualTo(fixtures.unit("TU-QT"));
        assertThat(demo.personId())
                .isEqualTo(jdbc.sql("select id from people_person where staff_number = 'DEMO-0'")
                        .query(Long.class)
                        .single());
    }
}
