package vn.tochuc.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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

@SpringBootTest
@AutoConfigureMockMvc
class LoginAndApiAccessIntegrationTests {

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
    ApiTokenRepository tokens;

    IdentityFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new IdentityFixtures(users, accounts, org);
    }

    @Test
    @DisplayName("admin logs in with TOCHUC_ADMIN_PASSWORD and lands on the dashboard")
    void adminLogsIn() throws Exception {
        mvc.perform(formLogin("/login").user("admin").password(Sessions.ADMIN_PASSWORD))
                .andExpect(redirectedUrl("/dashboard"));
    }

    @Test
    @DisplayName("a wrong password and an unknown user get the same generic message")
    void wrongPasswordIsGeneric() throws Exception {
        String user = fixtures.userIn("DU-X-CAMLO", Role.CADRE);
        mvc.perform(formLogin("/login").user(user).password("sai-mat-khau-1"))
                .andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(formLogin("/login").user("khong-ton-tai").password("sai-mat-khau-1"))
                .andExpect(redirectedUrl("/login?error=bad"));
        String page =
                mvc.perform(get("/login?error=bad")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
        assertThat(audit.search(user, "LOGIN", null, null, 0, 5))
                .anySatisfy(e -> assertThat(e.outcome()).isEqualTo("FAILED"));
    }

    @Test
    @DisplayName("repeated failures lock the account, even against the right password, and the answer is the same"
            + " as for an unknown name (the lockout does not tell which accounts exist)")
    void lockoutAfterRepeatedFailures() throws Exception {
        String user = fixtures.userIn("DU-X-CAMLO", Role.CADRE);
        String unknown = "khong-ton-tai-" + System.nanoTime();
        for (int i = 0; i < 5; i++) { // tochuc.security.lockout.max-attempts=3 in tests
            mvc.perform(formLogin("/login").user(user).password("sai-mat-khau-" + i))
                    .andExpect(redirectedUrl("/login?error=bad"));
            mvc.perform(formLogin("/login").user(unknown).password("sai-mat-khau-" + i))
                    .andExpect(redirectedUrl("/login?error=bad"));
        }
        mvc.perform(formLogin("/login").user(user).password(IdentityFixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error=bad"));
        assertThat(users.findByUsername(user).orElseThrow().locked()).isTrue();
        fixtures.asAdmin(
                () -> users.unlock(users.findByUsername(user).orElseThrow().id()));
        mvc.perform(formLogin("/login").user(user).password(IdentityFixtures.PASSWORD))
                .andExpect(redirectedUrl("/dashboard"));
    }

    @Test
    @DisplayName("the session id changes at login (session fixation)")
    void sessionIdChangesOnLogin() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/login").session(session)).andExpect(status().isOk());
        String before = session.getId();
        var result = mvc.perform(post("/login")
                        .session(session)
                        .with(csrf())
                        .param("username", "admin")
                        .param("password", Sessions.ADMIN_PASSWORD))
                .andExpect(redirectedUrl("/dashboard"))
                .andReturn();
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
    }

    @Test
    @DisplayName("forms without a CSRF token are refused")
    void csrfIsRequired() throws Exception {
        MockHttpSession admin = Sessions.admin(mvc);
        mvc.perform(post("/admin/users").session(admin).param("username", "khong-csrf"))
                .andExpect(status().isForbidden());
        assertThat(users.findByUsername("khong-csrf")).isEmpty();
    }

    @Test
    @DisplayName("security headers: a CSP without inline script, no framing, no sniffing")
    void securityHeaders() throws Exception {
        var response = mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn()
                .getResponse();
        assertThat(response.getHeader("Content-Security-Policy"))
                .contains("script-src 'self';")
                .doesNotContain("unsafe-eval")
                .contains("frame-ancestors 'none'");
        assertThat(response.getHeader("Content-Security-Policy").split(";")[1]).doesNotContain("unsafe-inline");
    }

    @Test
    @DisplayName("/api/** without credentials: 401 problem JSON")
    void apiNeedsCredentials() throws Exception {
        mvc.perform(get("/api/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").exists());
        mvc.perform(get("/api/me").with(httpBasic("admin", "sai")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    @DisplayName("a personal API token works as Bearer until it is revoked")
    void personalApiToken() throws Exception {
        String user = fixtures.userIn("DU-X-CAMLO", Role.ORG_STAFF);
        MockHttpSession session = Sessions.login(mvc, user, IdentityFixtures.PASSWORD);
        var created = mvc.perform(
                        post("/account/tokens").session(session).with(csrf()).param("name", "Kết nối"))
                .andReturn();
        String token = (String) created.getFlashMap().get("newToken");
        assertThat(token).startsWith("tcu_");
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(user))
                .andExpect(jsonPath("$.scopeRoots[0]").value(fixtures.unit("DU-X-CAMLO")));
        mvc.perform(get("/api/me").header("Authorization", "Bearer tcu_khong-hop-le"))
                .andExpect(status().isUnauthorized());
        long tokenId = tokens.ofUser(users.findByUsername(user).orElseThrow().id())
                .get(0)
                .id();
        mvc.perform(
                post("/account/tokens/" + tokenId + "/revoke").session(session).with(csrf()));
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    @DisplayName("health is UP and the OpenAPI document is public at /api/docs")
    void healthAndDocs() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/api/docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(jsonPath("$.paths['/api/org/units/{id}']").exists());
    }

    @Test
    @DisplayName("every API operation has a Vietnamese summary, with the English opening its description")
    void everyOperationSummaryIsVietnamese() throws Exception {
        String doc = mvc.perform(get("/api/docs"))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        var paths =
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(doc).get("paths");
        java.util.List<String> english = new java.util.ArrayList<>();
        int operations = 0;
        for (var path : paths.properties()) {
            for (var op : path.getValue().properties()) {
                operations++;
                String summary = op.getValue().path("summary").asText("");
                // Vietnamese: at least one letter outside ASCII (every Vietnamese sentence has some)
                if (!summary.codePoints().anyMatch(c -> c > 127 && Character.isLetter(c))) {
                    english.add(op.getKey() + " " + path.getKey() + ": " + summary);
                }
            }
        }
        assertThat(operations).isGreaterThan(30);
        assertThat(english).as("operations whose summary is not Vietnamese").isEmpty();
        assertThat(doc).contains("Who am I: roles, home unit and scope");
    }
}
