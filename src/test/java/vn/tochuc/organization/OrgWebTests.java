package vn.tochuc.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Pages and API of the organization module against the demo tree (no locality import needed). */
@SpringBootTest
@AutoConfigureMockMvc
class OrgWebTests {

    static final String ADMIN = "Test-admin-2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    OrgDirectory directory;

    @Autowired
    UserDetailsService users;

    String unique() {
        return Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
    }

    long postEvent(String json) throws Exception {
        String body = mvc.perform(post("/api/org/events")
                        .with(httpBasic("admin", ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Long.parseLong(body.replaceAll("\\D+", " ").strip().split(" ")[0]);
    }

    @Test
    void demoTreeKeepsTheFoundationCodes() {
        var quangTri = directory.findByCode("ORGANIZATION", "TU-QT").orElseThrow();
        var camLo = directory.findByCode("ORGANIZATION", "DU-X-CAMLO").orElseThrow();
        var dongHa = directory.findByCode("ORGANIZATION", "DU-P-DONGHA").orElseThrow();
        assertThat(camLo.name()).isEqualTo("Đảng bộ xã Cam Lộ");
        assertThat(dongHa.name()).isEqualTo("Đảng bộ phường Đông Hà");
        assertThat(directory
                        .findByCode("ORGANIZATION", "DU-P-DONGHOI")
                        .orElseThrow()
                        .name())
                .isEqualTo("Đảng bộ phường Đồng Hới");
        assertThat(camLo.parentId()).isEqualTo(quangTri.id()).isEqualTo(dongHa.parentId());
        assertThat(directory.subtreeIds(quangTri.id())).contains(camLo.id(), dongHa.id());
        var quangBinh = directory.findByCode("ORGANIZATION", "TU-QB").orElseThrow();
        assertThat(directory.findAsOf(quangBinh.id(), LocalDate.of(2025, 6, 30)))
                .isPresent();
        assertThat(directory.findAsOf(quangBinh.id(), LocalDate.of(2025, 7, 1))).isEmpty();
    }

    @Test
    @DisplayName("A merge shows in the as-of views before and after its date and in the lineage")
    void mergeThroughTheApi() throws Exception {
        String u = unique();
        postEvent("""
                {"tree":"ORGANIZATION","type":"CREATE","effectiveOn":"2026-01-01","resolutionNo":"1-QĐ/ĐU",
                 "resolutionDate":"2025-12-20","newUnits":[
                   {"code":"CB-A-%1$s","name":"Chi bộ thôn A %1$s","kind":"CHI_BO","parent":{"code":"DU-X-CAMLO"}},
                   {"code":"CB-B-%1$s","name":"Chi bộ thôn B %1$s","kind":"CHI_BO","parent":{"code":"DU-X-CAMLO"}}]}
                """.formatted(u));
        long a = directory.findByCode("ORGANIZATION", "CB-A-" + u).orElseThrow().id();
        postEvent("""
                {"tree":"ORGANIZATION","type":"MERGE","effectiveOn":"2026-06-01","resolutionNo":"2-QĐ/ĐU",
                 "resolutionDate":"2026-05-20","units":[{"code":"CB-A-%1$s"},{"code":"CB-B-%1$s"}],
                 "newUnits":[{"code":"CB-AB-%1$s","name":"Chi bộ thôn AB %1$s","kind":"CHI_BO",
                              "parent":{"code":"DU-X-CAMLO"}}]}
                """.formatted(u));
        long ab =
                directory.findByCode("ORGANIZATION", "CB-AB-" + u).orElseThrow().id();
        long camLo =
                directory.findByCode("ORGANIZATION", "DU-X-CAMLO").orElseThrow().id();
        assertThat(directory.childrenAsOf(camLo, LocalDate.of(2026, 5, 31)))
                .extracting(UnitAsOf::id)
                .contains(a)
                .doesNotContain(ab);
        assertThat(directory.childrenAsOf(camLo, LocalDate.of(2026, 6, 1)))
                .extracting(UnitAsOf::id)
                .contains(ab)
                .doesNotContain(a);
        mvc.perform(get("/api/org/units/" + ab).with(httpBasic("admin", ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.predecessors.length()").value(2))
                .andExpect(jsonPath("$.events[0].type").value("MERGE"));
        mvc.perform(get("/organization/units/" + a)
                        .param("asOf", "31/05/2026")
                        .with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chi bộ thôn AB " + u)));
    }

    @Test
    @DisplayName("ORG-R4: an unknown code is refused with 400 and a message naming it; nothing is applied")
    void refusesUnknownCodes() throws Exception {
        mvc.perform(post("/api/org/events")
                        .with(httpBasic("admin", ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"tree":"ORGANIZATION","type":"DISSOLVE","effectiveOn":"2026-02-01",
                                 "resolutionNo":"3-QĐ","resolutionDate":"2026-01-01","units":[{"code":"KHONG-CO"}]}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("KHONG-CO")));
        mvc.perform(post("/api/org/events")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    @DisplayName("ORG-R9: an event not yet in force can be withdrawn, one in force cannot")
    void withdrawsFutureEvents() throws Exception {
        String u = unique();
        long id = postEvent("""
                {"tree":"ORGANIZATION","type":"CREATE","effectiveOn":"2099-01-01","resolutionNo":"9-QĐ",
                 "resolutionDate":"2098-12-01","newUnits":[{"code":"CB-F-%1$s","name":"Chi bộ tương lai %1$s",
                 "kind":"CHI_BO","parent":{"code":"DU-P-DONGHA"}}]}
                """.formatted(u));
        mvc.perform(post("/api/org/events/" + id + "/withdraw").with(httpBasic("admin", ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));
        assertThat(directory.findByCode("ORGANIZATION", "CB-F-" + u)).isEmpty();
        long past = directory
                .events(directory
                        .findByCode("ORGANIZATION", "TU-QT")
                        .orElseThrow()
                        .id())
                .get(0)
                .id();
        mvc.perform(post("/api/org/events/" + past + "/withdraw").with(httpBasic("admin", ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("ORG-R9")));
    }

    @Test
    void pagesRender() throws Exception {
        var admin = user(users.loadUserByUsername("admin"));
        mvc.perform(get("/organization/units").param("q", "cam lo").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đảng bộ xã Cam Lộ")));
        long camLo =
                directory.findByCode("ORGANIZATION", "DU-X-CAMLO").orElseThrow().id();
        mvc.perform(get("/organization/units/" + camLo).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đảng bộ thị trấn Cam Lộ")));
        mvc.perform(get("/organization/events/new")
                        .param("type", "MERGE")
                        .param("unit", Long.toString(camLo))
                        .with(admin))
                .andExpect(status().isOk());
        mvc.perform(post("/organization/events")
                        .with(admin)
                        .with(csrf())
                        .param("type", "RENAME")
                        .param("tree", "ORGANIZATION")
                        .param("units", "#" + camLo)
                        .param("effectiveOn", "30/02/2026"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("ngày hiệu lực")));
        mvc.perform(get("/organization/reports/reductions")
                        .param("tree", "organizations")
                        .param("from", "30/06/2025")
                        .param("to", "01/07/2025")
                        .with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("reductions-chart")));
        mvc.perform(get("/organization/reports/reductions.xlsx")
                        .param("tree", "organizations")
                        .with(admin))
                .andExpect(status().isOk());
    }

    @Test
    @DisplayName("JOB-05, ORG-09: job positions are validated; the demo headcount meets KL 40 targets")
    void positionsAndStreamlining() throws Exception {
        long btc =
                directory.findByCode("ORGANIZATION", "BTC-TU-QT").orElseThrow().id();
        mvc.perform(get("/api/org/units/" + btc + "/positions").with(httpBasic("admin", ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").exists());
        mvc.perform(post("/api/org/units/" + btc + "/positions")
                        .with(httpBasic("admin", ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code":"VTVL-X-%s","name":"Chuyên viên","group":"KHONG_CO","workloadType":"SINGLE",
                                 "targetHeadcount":1,"approvalNo":"1/QĐ","approvalDate":"2024-01-01",
                                 "validFrom":"2024-02-01"}
                                """.formatted(unique())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("JOB-01")));
        long tu = directory.findByCode("ORGANIZATION", "TU-QT").orElseThrow().id();
        long ubnd =
                directory.findByCode("ORGANIZATION", "UBND-QT").orElseThrow().id();
        mvc.perform(get("/api/org/units/" + tu + "/streamlining").with(httpBasic("admin", ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].target.group").value("CADRE_CIVIL"))
                .andExpect(jsonPath("$[0].met").value(true));
        mvc.perform(get("/api/org/units/" + tu + "/streamlining").with(httpBasic("admin", ADMIN)))
                .andExpect(jsonPath("$[1].met").value(false));
        mvc.perform(get("/api/org/units/" + ubnd + "/streamlining").with(httpBasic("admin", ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[1].target.group").value("PUBLIC_BUDGET"))
                .andExpect(jsonPath("$[1].met").value(true))
                .andExpect(jsonPath("$[1].currentYear").value(2025));
    }

    @Test
    @DisplayName(
            "A merge submitted through the form shows in the as-of tree on both sides of its date and in the lineage")
    void mergeThroughTheForm() throws Exception {
        String u = unique();
        var admin = user(users.loadUserByUsername("admin"));
        long dongHa = directory
                .findByCode("ORGANIZATION", "DU-P-DONGHA")
                .orElseThrow()
                .id();
        mvc.perform(post("/organization/events")
                        .with(admin)
                        .with(csrf())
                        .param("type", "CREATE")
                        .param("tree", "ORGANIZATION")
                        .param("effectiveOn", "01/02/2026")
                        .param("resolutionNo", "5-QĐ")
                        .param("resolutionDate", "15/01/2026")
                        .param("newParent", "#" + dongHa)
                        .param(
                                "newUnits",
                                "CB-X-" + u + " | Chi bộ khu phố X " + u + " | CHI_BO\n" + "CB-Y-" + u
                                        + " | Chi bộ khu phố Y " + u + " | CHI_BO"))
                .andExpect(status().is3xxRedirection());
        long x = directory.findByCode("ORGANIZATION", "CB-X-" + u).orElseThrow().id();
        mvc.perform(post("/organization/events")
                        .with(admin)
                        .with(csrf())
                        .param("type", "MERGE")
                        .param("tree", "ORGANIZATION")
                        .param("effectiveOn", "01/09/2026")
                        .param("resolutionNo", "6-QĐ")
                        .param("resolutionDate", "20/08/2026")
                        .param("units", "CB-X-" + u + "\nCB-Y-" + u)
                        .param("target", "CB-Y-" + u)
                        .param("newName", "Chi bộ khu phố XY " + u))
                .andExpect(status().is3xxRedirection());
        long y = directory.findByCode("ORGANIZATION", "CB-Y-" + u).orElseThrow().id();
        mvc.perform(get("/organization/units")
                        .param("tree", "ORGANIZATION")
                        .param("q", "khu pho x " + u)
                        .param("asOf", "31/08/2026")
                        .with(admin))
                .andExpect(content().string(containsString("Chi bộ khu phố X " + u)));
        mvc.perform(get("/organization/units")
                        .param("tree", "ORGANIZATION")
                        .param("q", "khu pho x " + u)
                        .param("asOf", "01/09/2026")
                        .with(admin))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Chi bộ khu phố X " + u))));
        mvc.perform(get("/organization/units/" + y).param("asOf", "01/09/2026").with(admin))
                .andExpect(content().string(containsString("Chi bộ khu phố XY " + u)));
        mvc.perform(get("/organization/units/" + x).with(admin))
                .andExpect(content().string(containsString("lineage-successors")))
                .andExpect(content().string(containsString("Chi bộ khu phố XY " + u)));
    }
}
