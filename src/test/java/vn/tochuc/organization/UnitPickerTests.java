package vn.tochuc.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.tochuc.TestPrincipals;
import vn.tochuc.shared.UnitScope;
import vn.tochuc.shared.VietnameseCollator;
import vn.tochuc.web.Role;

/**
 * The unit picker (issue 11, point 15): the restructuring forms choose units by name from the user's scope, in
 * Vietnamese order, instead of asking for hand-typed codes; the server still refuses a bad unit beside its field.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UnitPickerTests {

    private static final Pattern OPTION = Pattern.compile(
            "<input type=\"(checkbox|radio)\" name=\"([^\"]*)\" value=\"([^\"]*)\"( checked)?> <span class=\"unit-choice-name\">([^<]*)</span>");

    @Autowired
    MockMvc mvc;

    @Autowired
    OrgDirectory org;

    @Autowired
    Restructuring restructuring;

    record Option(String type, String field, String value, boolean checked, String name) {}

    static List<Option> options(String html) {
        List<Option> out = new ArrayList<>();
        Matcher m = OPTION.matcher(html);
        while (m.find()) {
            out.add(new Option(m.group(1), m.group(2), m.group(3), m.group(4) != null, m.group(5)));
        }
        return out;
    }

    long unit(String code) {
        return org.findByCode("ORGANIZATION", code).orElseThrow().id();
    }

    RequestPostProcessor communeOfficer() {
        return TestPrincipals.as("can.bo.cam.lo", UnitScope.of(Set.of(unit("DU-X-CAMLO"))), Role.ORG_STAFF);
    }

    RequestPostProcessor provinceAdmin() {
        return TestPrincipals.as("quan.tri", UnitScope.everything(), Role.ADMIN);
    }

    String pick(RequestPostProcessor who, String... params) throws Exception {
        var request = get("/organization/units/pick").with(who).header("HX-Request", "true");
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    @DisplayName("a commune officer is offered only units of the commune, in Vietnamese order, for the field named")
    void offersTheScopeInVietnameseOrder() throws Exception {
        long camLo = unit("DU-X-CAMLO");
        Set<Long> commune = Set.copyOf(org.subtreeIds(camLo));

        List<Option> all =
                options(pick(provinceAdmin(), "field", "units", "multi", "true", "format", "key", "q", "chi bo"));
        assertThat(all).as("the administrator sees Party cells outside Cam Lộ").anyMatch(o -> !commune.contains(id(o)));

        List<Option> found =
                options(pick(communeOfficer(), "field", "units", "multi", "true", "format", "key", "q", "chi bo"));
        assertThat(found).isNotEmpty().allSatisfy(o -> {
            assertThat(commune).as(o.name()).contains(id(o));
            assertThat(o.field()).isEqualTo("units");
            assertThat(o.type()).isEqualTo("checkbox");
            assertThat(o.value()).startsWith("#");
        });
        List<String> names = found.stream().map(Option::name).toList();
        assertThat(names).isSortedAccordingTo(VietnameseCollator.instance());

        String single = pick(communeOfficer(), "field", "newParent", "format", "key", "q", "cam lo");
        assertThat(options(single))
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.field() + " " + o.type()).isEqualTo("newParent radio"));
        assertThat(single).contains("name=\"newParent\" value=\"\"").contains("thuộc ");

        String outside = pick(communeOfficer(), "field", "units", "multi", "true", "q", "dong ha");
        assertThat(options(outside)).noneMatch(o -> o.name().contains("Đông Hà"));
    }

    @Test
    @DisplayName("the units already chosen come back checked, first; a unit is offered only on dates it is in force")
    void keepsTheChosenAndFollowsTheDate() throws Exception {
        long camLo = unit("DU-X-CAMLO");
        String u = Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
        long created = OrgTestData.partyCells(
                        restructuring, org, camLo, LocalDate.of(2031, 3, 1), "Chi bộ Ánh Sáng " + u)
                .get(0);

        assertThat(options(pick(communeOfficer(), "field", "units", "q", "anh sang " + u, "effectiveOn", "28/02/2031")))
                .isEmpty();
        List<Option> then = options(pick(
                communeOfficer(),
                "field",
                "units",
                "multi",
                "true",
                "format",
                "key",
                "q",
                "anh sang " + u,
                "on",
                "01/03/2031",
                "units",
                "#" + camLo));
        assertThat(then).hasSize(2);
        assertThat(then.get(0)).isEqualTo(new Option("checkbox", "units", "#" + camLo, true, "Đảng bộ xã Cam Lộ"));
        assertThat(then.get(1).value()).isEqualTo("#" + created);
        assertThat(then.get(1).checked()).isFalse();
    }

    @Test
    @DisplayName("the event form renders unit pickers, not boxes for typed codes")
    void eventFormHasPickers() throws Exception {
        long camLo = unit("DU-X-CAMLO");
        String html = mvc.perform(get("/organization/events/new")
                        .param("type", "MERGE")
                        .param("unit", Long.toString(camLo))
                        .with(communeOfficer()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (String field : List.of("units", "partialUnits", "target", "newParent")) {
            assertThat(html)
                    .contains("id=\"pick-" + field + "-q\"")
                    .contains("hx-get=\"/organization/units/pick?field=" + field + "&multi=")
                    .doesNotContain("<textarea id=\"ev-" + field)
                    .doesNotContainPattern("<input(?![^>]*type=\"(radio|checkbox)\")[^>]*name=\"" + field + "\"")
                    .doesNotContain("<input id=\"ev-" + field);
        }
        assertThat(html)
                .doesNotContain("name=\"units\" rows")
                .doesNotContain("id=\"ev-target\"")
                .doesNotContain("id=\"ev-parent\"");
        assertThat(options(html))
                .contains(new Option("checkbox", "units", "#" + camLo, true, "Đảng bộ xã Cam Lộ"))
                .anyMatch(o ->
                        o.field().equals("newParent") && o.checked() && o.type().equals("radio"));
        assertThat(html).contains("hx-include=\"#pick-units-options, #ev-on\"");
    }

    @Test
    @DisplayName("a unit outside the scope or unknown is refused beside its field, what was chosen kept")
    void refusedUnitBesideItsField() throws Exception {
        long camLo = unit("DU-X-CAMLO");
        long dongHa = unit("DU-P-DONGHA");
        String html = mvc.perform(post("/organization/events")
                        .with(communeOfficer())
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("type", "MERGE")
                        .param("tree", "ORGANIZATION")
                        .param("effectiveOn", "01/09/2031")
                        .param("resolutionNo", "7-QĐ")
                        .param("resolutionDate", "20/08/2031")
                        .param("units", "#" + camLo)
                        .param("units", "#" + dongHa)
                        .param("newName", "Đảng bộ xã Mới"))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("id=\"e-units\"")
                .contains("nằm ngoài phạm vi")
                .doesNotContain("Đông Hà")
                .contains("value=\"7-QĐ\"")
                .contains("value=\"01/09/2031\"");
        assertThat(options(html))
                .contains(new Option("checkbox", "units", "#" + camLo, true, "Đảng bộ xã Cam Lộ"))
                .contains(new Option("checkbox", "units", "#" + dongHa, true, "#" + dongHa));

        String unknown = mvc.perform(post("/organization/events")
                        .with(provinceAdmin())
                        .with(csrf())
                        .param("type", "DISSOLVE")
                        .param("tree", "ORGANIZATION")
                        .param("effectiveOn", "01/09/2031")
                        .param("resolutionNo", "8-QĐ")
                        .param("resolutionDate", "20/08/2031")
                        .param("units", "#" + camLo)
                        .param("target", "KHONG-CO-MA-NAY"))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(unknown).contains("id=\"e-target\"").contains("Không tìm thấy đơn vị «KHONG-CO-MA-NAY»");
        assertThat(options(unknown))
                .contains(new Option("radio", "target", "KHONG-CO-MA-NAY", true, "KHONG-CO-MA-NAY"));
    }

    @Test
    @DisplayName("several units ticked in one picker reach the merge as its predecessors")
    void severalTickedUnitsAreMerged() throws Exception {
        long camLo = unit("DU-X-CAMLO");
        String u = Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
        List<Long> cells = OrgTestData.partyCells(
                restructuring, org, camLo, LocalDate.of(2026, 1, 1), "Chi bộ A " + u, "Chi bộ B " + u);
        long a = cells.get(0);
        long b = cells.get(1);
        mvc.perform(post("/organization/events")
                        .with(communeOfficer())
                        .with(csrf())
                        .param("type", "MERGE")
                        .param("tree", "ORGANIZATION")
                        .param("effectiveOn", "01/10/2031")
                        .param("resolutionNo", "11-QĐ")
                        .param("resolutionDate", "20/09/2031")
                        .param("units", "#" + a)
                        .param("units", "#" + b)
                        .param("target", "#" + b)
                        .param("newParent", "")
                        .param("newName", "Chi bộ AB " + u))
                .andExpect(status().is3xxRedirection());
        assertThat(org.events(a))
                .anyMatch(e -> e.type().equals("MERGE")
                        && e.withRole("SUCCESSOR").stream().anyMatch(p -> p.unitId() == b));
    }

    private static long id(Option o) {
        return Long.parseLong(o.value().replace("#", ""));
    }
}
