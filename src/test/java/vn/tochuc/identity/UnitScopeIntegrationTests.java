package vn.tochuc.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import vn.tochuc.audit.AuditRecord;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.web.Role;

/** A user scoped to one commune sees that commune only: pages answer 403, the API 403 JSON, all audited. */
@SpringBootTest
@AutoConfigureMockMvc
class UnitScopeIntegrationTests {

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

    IdentityFixtures fixtures;
    long camLo;
    long dongHa;
    long camLoCell;

    @BeforeEach
    void setUp() {
        fixtures = new IdentityFixtures(users, accounts, org);
        camLo = fixtures.unit("DU-X-CAMLO");
        dongHa = fixtures.unit("DU-P-DONGHA");
        camLoCell = org.children(camLo).get(0).id();
    }

    @Test
    @DisplayName("a commune user opens their own commune and its Party cells")
    void ownSubtreeIsVisible() throws Exception {
        String user = fixtures.userIn("DU-X-CAMLO", Role.ORG_STAFF);
        MockHttpSession session = Sessions.login(mvc, user, IdentityFixtures.PASSWORD);
        mvc.perform(get("/organization/units/" + camLo).session(session)).andExpect(status().isOk());
        mvc.perform(get("/organization/units/" + camLoCell).session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/org/units/" + camLo).with(httpBasic(user, IdentityFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(camLo));
    }

    @Test
    @DisplayName("another commune: 403 page, 403 JSON, and both attempts in the audit log")
    void otherCommuneIsForbiddenAndAudited() throws Exception {
        String user = fixtures.userIn("DU-X-CAMLO", Role.ORG_STAFF);
        MockHttpSession session = Sessions.login(mvc, user, IdentityFixtures.PASSWORD);

        String page = mvc.perform(get("/organization/units/" + dongHa).session(session))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("ngoài phạm vi").doesNotContain("Exception");

        mvc.perform(get("/api/org/units/" + dongHa).with(httpBasic(user, IdentityFixtures.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.detail").value("Đơn vị này nằm ngoài phạm vi được giao cho bạn."));

        var denied = audit.search(user, null, "UNIT", String.valueOf(dongHa), 0, 10);
        assertThat(denied).hasSize(2).allSatisfy(e -> {
            assertThat(e.outcome()).isEqualTo("DENIED");
            assertThat(e.unitId()).isEqualTo(dongHa);
        });
        assertThat(denied)
                .extracting(AuditRecord::detail)
                .anySatisfy(d -> assertThat(d).contains("/organization/units/" + dongHa))
                .anySatisfy(d -> assertThat(d).contains("/api/org/units/" + dongHa));
    }

    @Test
    @DisplayName("the administrator's creation of the account is in the audit log")
    void adminChangesAreAudited() {
        String user = fixtures.userIn("DU-X-CAMLO", Role.CADRE);
        long id = users.findByUsername(user).orElseThrow().id();
        var entries = audit.search("admin", "USER_CREATE", "USER", String.valueOf(id), 0, 10);
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo("OK");
            assertThat(e.unitId()).isEqualTo(camLo);
            assertThat(e.afterDigest()).hasSize(64);
        });
    }

    @Test
    @DisplayName("a province-wide user sees every commune of the province")
    void provinceScopeCoversCommunes() throws Exception {
        String user = fixtures.userIn("TU-QT", Role.ORG_STAFF);
        for (long unit : new long[] {camLo, dongHa, camLoCell}) {
            mvc.perform(get("/api/org/units/" + unit).with(httpBasic(user, IdentityFixtures.PASSWORD)))
                    .andExpect(status().isOk());
        }
    }

    @Test
    @DisplayName("non-administrators cannot reach the admin pages or admin API")
    void adminAreaNeedsAdmin() throws Exception {
        String user = fixtures.userIn("TU-QT", Role.ORG_STAFF);
        MockHttpSession session = Sessions.login(mvc, user, IdentityFixtures.PASSWORD);
        mvc.perform(get("/admin/users").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/api/audit/verify").with(httpBasic(user, IdentityFixtures.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
    }
}
