package vn.tochuc.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tochuc.Sessions;

/**
 * #11.5: 31/02/2025 or "abc" on the evaluation, portal and staffing forms: the form again with the typed text
 * and the message beside the field, never the generic "Lỗi 400" page; nothing saved.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RefusedFormsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    MvcResult send(String page, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpSession admin = Sessions.admin(mvc);
        return mvc.perform(request.session(admin)
                        .with(csrf())
                        .header("Referer", "http://localhost" + page)
                        .accept(MediaType.TEXT_HTML))
                .andReturn();
    }

    static void assertFormAgain(MvcResult r, int status, String field, String typed, String message) throws Exception {
        String html = r.getResponse().getContentAsString();
        assertThat(r.getResponse().getStatus()).as(html).isEqualTo(status);
        assertThat(html).doesNotContain("Lỗi 400").contains("value=\"" + typed + "\"");
        int at = html.indexOf("id=\"e-" + field + "\"");
        assertThat(at).as("message beside " + field + " in " + html).isPositive();
        assertThat(html.substring(at, html.indexOf("</span>", at))).contains(message);
    }

    long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    @Test
    @DisplayName("#11.5 evaluation batch: 31/02/2025 → the batch form again, period kept, date named")
    void batch() throws Exception {
        long root = jdbc.sql("SELECT MIN(id) FROM org_unit").query(Long.class).single();
        long jobs = count("web_job_run");
        MvcResult r = send(
                "/evaluation/batch",
                post("/evaluation/batch")
                        .param("rootUnitId", String.valueOf(root))
                        .param("period", "2025")
                        .param("pack", "QD366")
                        .param("date", "31/02/2025"));
        assertFormAgain(r, 400, "date", "31/02/2025", "Ngày không hợp lệ");
        assertThat(r.getResponse().getContentAsString()).contains("value=\"2025\"");
        assertThat(count("web_job_run")).isEqualTo(jobs);
    }

    @Test
    @DisplayName("#11.5 portal poll: 31/02/2025 as opening day → the polls page again, question kept")
    void poll() throws Exception {
        long polls = count("portal_poll");
        MvcResult r = send(
                "/portal/admin/polls",
                post("/portal/admin/polls")
                        .param("question", "Bạn thấy thế nào?")
                        .param("options", "Tốt\nChưa tốt")
                        .param("opens", "31/02/2025")
                        .param("closes", "31/12/2026"));
        assertFormAgain(r, 400, "opens", "31/02/2025", "Ngày không hợp lệ");
        assertThat(r.getResponse().getContentAsString())
                .contains("value=\"Bạn thấy thế nào?\"")
                .contains("value=\"31/12/2026\"");
        assertThat(count("portal_poll")).isEqualTo(polls);
    }

    @Test
    @DisplayName("#11.5 staffing headcount: «abc» as biên chế → the staffing page again (422), field named")
    void headcount() throws Exception {
        long unit = jdbc.sql("SELECT MIN(id) FROM org_unit WHERE tree = 'ORGANIZATION'")
                .query(Long.class)
                .single();
        String page = "/organization/units/" + unit + "/staffing";
        long rows = count("org_headcount");
        MvcResult r = send(
                page,
                post(page + "/headcount")
                        .param("year", "2026")
                        .param("category", "CIVIL_SERVANT")
                        .param("approved", "abc")
                        .param("filled", "12"));
        assertFormAgain(r, 422, "approved", "abc", "số nguyên");
        assertThat(r.getResponse().getContentAsString())
                .contains("value=\"2026\"")
                .contains("value=\"12\"");
        assertThat(count("org_headcount")).isEqualTo(rows);
    }
}
