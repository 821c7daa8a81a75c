package vn.tochuc.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Unit lists are in Vietnamese dictionary order, sorted in SQL: "Dĩ An" before "Đà Nẵng", "Hà Nam" before "Hạ Long". */
@SpringBootTest
@AutoConfigureMockMvc
class UnitOrderTests {

    /** The order an officer expects (d before đ; the tone of the first syllable before any later letter). */
    static final List<String> EXPECTED = List.of("Dĩ An", "Đà Nẵng", "Hà Nam", "Hạ Long");

    @Autowired
    MockMvc mvc;

    @Autowired
    OrgDirectory directory;

    @Autowired
    OrgSortKeys sortKeys;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    String suffix;
    long parent;

    @BeforeEach
    void fourUnitsCreatedInTheWrongOrder() throws Exception {
        suffix = Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
        StringBuilder units = new StringBuilder();
        List<String> created =
                EXPECTED.stream().sorted(Comparator.reverseOrder()).toList();
        for (int i = 0; i < created.size(); i++) {
            units.append(i == 0 ? "" : ",").append("""
                    {"code":"CB-%1$s-%2$d","name":"Chi bộ %3$s %1$s","kind":"CHI_BO","parent":{"code":"DU-X-CAMLO"}}
                    """.formatted(suffix, i, created.get(i)));
        }
        mvc.perform(post("/api/org/events")
                        .with(httpBasic("admin", OrgWebTests.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"tree":"ORGANIZATION","type":"CREATE","effectiveOn":"2026-01-01",
                                 "resolutionNo":"7-QĐ/ĐU","resolutionDate":"2025-12-20","newUnits":[%s]}
                                """.formatted(units)))
                .andExpect(status().isCreated());
        parent =
                directory.findByCode("ORGANIZATION", "DU-X-CAMLO").orElseThrow().id();
    }

    List<String> inPageOrder(String html) {
        return EXPECTED.stream()
                .sorted(Comparator.comparingInt(n -> {
                    int at = html.indexOf("Chi bộ " + n + " " + suffix);
                    assertThat(at).as("%s on the page", n).isNotNegative();
                    return at;
                }))
                .toList();
    }

    String page(String url) throws Exception {
        var request = url.startsWith("/api/")
                ? get(url).with(httpBasic("admin", OrgWebTests.ADMIN))
                : get(url).with(user(users.loadUserByUsername("admin")));
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("Children, search results and the API list units in Vietnamese order")
    void listsAreInVietnameseOrder() throws Exception {
        assertThat(inPageOrder(page("/organization/units/" + parent + "/children?asOf=01/02/2026")))
                .isEqualTo(EXPECTED);
        assertThat(inPageOrder(page("/organization/units?q=" + suffix + "&asOf=01/02/2026")))
                .isEqualTo(EXPECTED);
        String json = page("/api/org/units/" + parent + "?asOf=2026-02-01");
        List<Long> children = new java.util.ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json)
                .get("childIds")
                .forEach(n -> children.add(n.asLong()));
        List<Long> ours = EXPECTED.stream()
                .map(n -> directory
                        .findByCode(
                                "ORGANIZATION",
                                "CB-" + suffix + "-"
                                        + EXPECTED.stream()
                                                .sorted(Comparator.reverseOrder())
                                                .toList()
                                                .indexOf(n))
                        .orElseThrow()
                        .id())
                .toList();
        assertThat(children.stream().filter(ours::contains).toList()).isEqualTo(ours);
    }

    @Test
    @DisplayName("Units written before the sort key existed get it at start-up and sort the same way")
    void rowsWithoutAKeyGetOne() throws Exception {
        jdbc.sql("update org_unit_version set sort_key = null where code like :c")
                .param("c", "CB-" + suffix + "-%")
                .update();
        jdbc.sql("update org_unit set sort_key = null where code like :c")
                .param("c", "CB-" + suffix + "-%")
                .update();
        assertThat(sortKeys.fill()).isGreaterThanOrEqualTo(8);
        assertThat(inPageOrder(page("/organization/units/" + parent + "/children?asOf=01/02/2026")))
                .isEqualTo(EXPECTED);
        assertThat(sortKeys.fill()).isZero();
    }
}
