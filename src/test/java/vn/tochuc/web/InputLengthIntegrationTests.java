package vn.tochuc.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tochuc.Sessions;

/**
 * #11.3: every form and API field is checked against the length of its column before the database: an
 * over-long value gets a 4xx with a Vietnamese message naming the field (never a 500) and nothing is written;
 * the pages write the same limit as {@code maxlength}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InputLengthIntegrationTests {

    static final String TOO_LONG = "Dài quá giới hạn";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    static String longText(int n) {
        return "Nguyễn Văn Dàiquá ".repeat(n / 18 + 1).substring(0, n);
    }

    long count(String table) {
        // the demo people are generated in the background of the test context: they are not this test's writes
        String own =
                table.equals("people_person") ? " WHERE staff_number IS NULL OR staff_number NOT LIKE 'DEMO-%'" : "";
        return jdbc.sql("SELECT COUNT(*) FROM " + table + own).query(Long.class).single();
    }

    long organization() {
        return jdbc.sql("SELECT MIN(id) FROM org_unit WHERE tree = 'ORGANIZATION'")
                .query(Long.class)
                .single();
    }

    static MockHttpServletRequestBuilder person(String field, String value) {
        Map<String, String> p = new LinkedHashMap<>(Map.of(
                "fullName",
                "Lê Văn Ảnh",
                "dateOfBirth",
                "12/03/1985",
                "sex",
                "M",
                "ethnicity",
                "Kinh",
                "religion",
                "Không",
                "theory",
                "NONE",
                "stateMgmt",
                "NONE",
                "unitCode",
                "DU-P-DONGHA",
                "position",
                "Chuyên viên",
                "positionFrom",
                "01/01/2020"));
        p.put(field, value);
        MockHttpServletRequestBuilder b = post("/people");
        p.forEach(b::param);
        return b;
    }

    static Stream<Arguments> forms() {
        return Stream.of(
                Arguments.of(
                        "person form: a 606-character name",
                        "/people/new",
                        person("fullName", longText(606)),
                        "people_person",
                        "fullName"),
                Arguments.of(
                        "person form: a 61-character given name",
                        "/people/new",
                        person("fullName", "Lê Văn " + "A".repeat(61)),
                        "people_person",
                        "fullName"),
                Arguments.of(
                        "person form: a 300-character address",
                        "/people/new",
                        person("currentAddress", longText(300)),
                        "people_person",
                        "currentAddress"),
                Arguments.of(
                        "account form: a 61-character user name",
                        "/admin/users",
                        post("/admin/users")
                                .param("username", "a".repeat(61))
                                .param("fullName", "Lê Văn Ảnh")
                                .param("password", "Mat-khau-2026"),
                        "idn_user",
                        "username"),
                Arguments.of(
                        "article editor: a 301-character title",
                        "/portal/admin/articles/new",
                        post("/portal/admin/articles")
                                .param("title", longText(301))
                                .param("summary", "Tóm tắt")
                                .param("body", "<p>Nội dung</p>")
                                .param("author", "Ban Tổ chức"),
                        "portal_article",
                        "title"),
                Arguments.of(
                        "poll form: a 501-character question",
                        "/portal/admin/polls",
                        post("/portal/admin/polls")
                                .param("question", longText(501))
                                .param("options", "Có\nKhông")
                                .param("opens", "01/01/2026")
                                .param("closes", "31/12/2026"),
                        "portal_poll",
                        "question"),
                Arguments.of(
                        "featured event: a 301-character title",
                        "/portal/admin/events",
                        post("/portal/admin/events").param("title", longText(301)),
                        "portal_event",
                        "title"),
                Arguments.of(
                        "API token: a 101-character name",
                        "/account",
                        post("/account/tokens").param("name", longText(101)),
                        "idn_api_token",
                        "name"),
                Arguments.of(
                        "product catalogue: a 501-character name",
                        "/appraisal/products?job=CV",
                        post("/appraisal/products")
                                .param("job", "CV")
                                .param("code", "BC")
                                .param("name", longText(501))
                                .param("group", "C")
                                .param("factor", "1"),
                        "appr_product",
                        "name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    @DisplayName("#11.3 pages: an over-long value → 400, the message beside the field, nothing written")
    void forms(String what, String page, MockHttpServletRequestBuilder request, String table, String field)
            throws Exception {
        long before = count(table);
        MvcResult r = mvc.perform(request.session(Sessions.admin(mvc))
                        .with(csrf())
                        .header("Referer", "http://localhost" + page)
                        .accept(MediaType.TEXT_HTML))
                .andReturn();
        String html = r.getResponse().getContentAsString();
        assertThat(r.getResponse().getStatus()).as(html).isBetween(400, 499);
        assertThat(html).contains(TOO_LONG).doesNotContain("Exception").doesNotContain("Lỗi 500");
        assertThat(html).contains("id=\"e-" + field + "\"");
        assertThat(count(table)).isEqualTo(before);
    }

    @Test
    @DisplayName("#11.3 staffing: a 256-character position name → the staffing page again, nothing written")
    void staffingPosition() throws Exception {
        String page = "/organization/units/" + organization() + "/staffing";
        long before = count("org_job_position");
        MvcResult r = mvc.perform(post(page + "/positions")
                        .session(Sessions.admin(mvc))
                        .with(csrf())
                        .header("Referer", "http://localhost" + page)
                        .accept(MediaType.TEXT_HTML)
                        .param("code", "VT-DAI")
                        .param("name", longText(256))
                        .param("group", "LD")
                        .param("workloadType", "FULL")
                        .param("targetHeadcount", "1")
                        .param("approvalNo", "01/QĐ")
                        .param("approvalDate", "01/01/2025")
                        .param("validFrom", "01/01/2025"))
                .andReturn();
        String html = r.getResponse().getContentAsString();
        assertThat(r.getResponse().getStatus()).as(html).isEqualTo(400);
        assertThat(html).contains(TOO_LONG).contains("id=\"e-name\"");
        assertThat(count("org_job_position")).isEqualTo(before);
    }

    @Test
    @DisplayName("#11.3 API: a 256-character position name in the JSON body → 400 problem JSON naming the limit")
    void api() throws Exception {
        long before = count("org_job_position");
        MvcResult r = mvc.perform(post("/api/org/units/" + organization() + "/positions")
                        .with(httpBasic("admin", Sessions.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"VT-DAI\",\"name\":\"" + "x".repeat(256) + "\",\"group\":\"LD\","
                                + "\"workloadType\":\"FULL\",\"targetHeadcount\":1,\"approvalNo\":\"01\","
                                + "\"approvalDate\":\"2025-01-01\",\"validFrom\":\"2025-01-01\"}"))
                .andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentType()).contains("json");
        assertThat(r.getResponse().getContentAsString()).contains(TOO_LONG).contains("255");
        assertThat(count("org_job_position")).isEqualTo(before);
    }

    @Test
    @DisplayName("#11.3 API: a 121-character resolution number of a restructuring event → 400, nothing applied")
    void eventApi() throws Exception {
        long before = count("org_event");
        MvcResult r = mvc.perform(post("/api/org/events")
                        .with(httpBasic("admin", Sessions.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tree\":\"ORGANIZATION\",\"type\":\"DISSOLVE\","
                                + "\"effectiveOn\":\"2026-02-01\",\"resolutionNo\":\"" + "9".repeat(121) + "\","
                                + "\"resolutionDate\":\"2026-01-01\",\"units\":[{\"code\":\"DU-P-DONGHA\"}]}"))
                .andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentAsString()).contains(TOO_LONG).contains("120");
        assertThat(count("org_event")).isEqualTo(before);
    }

    static final Pattern INPUT = Pattern.compile("<(input|textarea)\\b([^>]*)>");

    /** The maxlength of each named text input of {@code html} (0 when it has none). */
    static Map<String, Integer> maxLengths(String html) {
        Map<String, Integer> found = new LinkedHashMap<>();
        Matcher m = INPUT.matcher(html);
        while (m.find()) {
            String attrs = m.group(2);
            Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(attrs);
            Matcher type = Pattern.compile("type=\"([^\"]+)\"").matcher(attrs);
            if (!name.find() || type.find() && !type.group(1).equals("text")) {
                continue;
            }
            Matcher max = Pattern.compile("maxlength=\"(\\d+)\"").matcher(attrs);
            found.putIfAbsent(name.group(1), max.find() ? Integer.parseInt(max.group(1)) : 0);
        }
        return found;
    }

    static Stream<Arguments> pages() {
        Map<String, String> person = new LinkedHashMap<>();
        for (String n : new String[] {
            "fullName",
            "otherNames",
            "idNumber",
            "staffNumber",
            "ethnicity",
            "religion",
            "birthplaceCode",
            "birthplaceName",
            "hometownCode",
            "hometownName",
            "permanentResidence",
            "currentAddress",
            "occupationAtRecruitment",
            "recruitingOrg",
            "mainDuties",
            "generalEducation",
            "professionalField",
            "languageName",
            "partyOrg",
            "health",
            "bloodType"
        }) {
            person.put(n, "people_person." + n.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT));
        }
        person.put("position", "people_person.current_position");
        person.put("unitCode", "org_unit.code");
        return Stream.of(
                Arguments.of("/people/new", person),
                Arguments.of(
                        "/portal/admin/articles/new",
                        Map.of(
                                "title",
                                "portal_article.title",
                                "author",
                                "portal_article.author",
                                "sourceTag",
                                "portal_article.source_tag",
                                "photoCaption",
                                "portal_article.photo_caption")),
                Arguments.of("/portal/admin/polls", Map.of("question", "portal_poll.question")),
                Arguments.of(
                        "/admin/users", Map.of("username", "idn_user.username", "fullName", "idn_user.full_name")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    @DisplayName("#11.3 pages: each text input stored in a column has a maxlength no larger than the column")
    void maxLength(String page, Map<String, String> columns) throws Exception {
        String html = mvc.perform(get(page).session(Sessions.admin(mvc)).accept(MediaType.TEXT_HTML))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Map<String, Integer> found = maxLengths(html);
        columns.forEach((input, column) -> {
            assertThat(found).as(page + " has input " + input).containsKey(input);
            assertThat(found.get(input))
                    .as(input + " maxlength")
                    .isPositive()
                    .isLessThanOrEqualTo(ColumnLimits.max(column));
        });
        // Date and number inputs of the person form are bounded too.
        if (page.equals("/people/new")) {
            assertThat(found.values()).allMatch(n -> n > 0);
        }
    }
}
