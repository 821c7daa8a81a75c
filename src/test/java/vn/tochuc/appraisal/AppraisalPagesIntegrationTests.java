package vn.tochuc.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.YearMonth;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import vn.tochuc.Sessions;
import vn.tochuc.appraisal.AppraisalFixtures.Who;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.Role;

/** The cycle pages, my work with the self-assessment, what waits for me, and the scoped API in OpenAPI. */
@SpringBootTest
@AutoConfigureMockMvc
class AppraisalPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrgDirectory org;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    String page(String uri, MockHttpSession s) throws Exception {
        var r = mvc.perform(get(uri).session(s).accept(MediaType.TEXT_HTML)).andReturn();
        assertThat(r.getResponse().getStatus()).as(uri).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }

    String redirect(org.springframework.test.web.servlet.RequestBuilder req) throws Exception {
        var r = mvc.perform(req).andReturn();
        assertThat(r.getResponse().getStatus())
                .as(r.getResponse().getContentAsString())
                .isEqualTo(302);
        return r.getResponse().getRedirectedUrl();
    }

    static UsernamePasswordAuthenticationToken token(Who who) {
        return UsernamePasswordAuthenticationToken.authenticated(
                who,
                null,
                who.roles().stream()
                        .map(r -> new SimpleGrantedAuthority(r.authority()))
                        .collect(Collectors.toList()));
    }

    @Test
    @DisplayName("EVAL-02: open a cycle, add oneself, self-assess and submit through the pages; API scoped")
    void pagesAndApi() throws Exception {
        MockHttpSession admin = Sessions.admin(mvc);
        long u = AppraisalFixtures.testUnit(
                jdbc,
                org.findByCode("ORGANIZATION", "DU-P-DONGHA").orElseThrow().id());
        String group = AppraisalFixtures.uniqueGroup();
        YearMonth month = YearMonth.now(VnFormats.VIETNAM);
        assertThat(page("/appraisal/cycles", admin))
                .contains("name=\"periodCode\"")
                .contains("Mở kỳ đánh giá")
                .contains("<select id=\"c-group\" name=\"targetGroup\" required>")
                .contains("<option value=\"KHONG_LANH_DAO\">Cá nhân không giữ chức vụ lãnh đạo (Phụ lục 4)</option>")
                .contains("<select id=\"c-pack\" name=\"pack\" required>");
        String cycleUrl = redirect(post("/appraisal/cycles")
                .session(admin)
                .with(csrf())
                .param("unitId", "" + u)
                .param("targetGroup", "CONG_CHUC")
                .param("periodKind", "MONTH")
                .param("periodCode", month.toString())
                .param("pack", "ND335"));
        assertThat(page(cycleUrl, admin))
                .contains("Nghị định 335/2025/NĐ-CP")
                .contains(VnFormats.date(month.plusMonths(1).atDay(24)));
        var bad = mvc.perform(post("/appraisal/cycles")
                        .session(admin)
                        .with(csrf())
                        .accept(MediaType.TEXT_HTML)
                        .param("unitId", "" + u)
                        .param("targetGroup", "KHONG_LANH_DAO")
                        .param("periodKind", "YEAR")
                        .param("periodCode", "2026")
                        .param("pack", "QD366")
                        .param("deadline", "20/12/2026"))
                .andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getContentAsString()).contains("15/12");
        redirect(post(cycleUrl + "/members")
                .session(admin)
                .with(csrf())
                .param("kind", "INDIVIDUAL")
                .param("unitId", "" + u)
                .param("username", "admin")
                .param("name", "Quản trị " + group));
        String mine = page("/appraisal/mine", admin);
        assertThat(mine).contains("Quản trị " + group).contains("Nộp bản tự đánh giá");
        long memberId = Long.parseLong(
                mine.replaceAll("(?s).*Quản trị " + group + ".*?/appraisal/members/(\\d+)/self.*", "$1"));
        redirect(post("/appraisal/members/" + memberId + "/self")
                .session(admin)
                .with(csrf())
                .param("score", "91,5")
                .param("grade", "HTXSNV")
                .param("comment", "Tự nhận xét")
                .param("submit", "true"));
        assertThat(page(cycleUrl, admin)).contains("HTXSNV · admin");
        assertThat(page("/appraisal/queue", admin))
                .contains("Chờ nhận xét, đề xuất")
                .contains("Quản trị " + group)
                .contains("/appraisal/members/" + memberId + "/appraise");
        redirect(post("/appraisal/members/" + memberId + "/appraise")
                .session(admin)
                .with(csrf())
                .param("grade", "HTTNV")
                .param("comment", "Đề xuất"));
        redirect(post("/appraisal/members/" + memberId + "/decide")
                .session(admin)
                .with(csrf())
                .param("grade", "HTTNV")
                .param("comment", "Quyết định")
                .param("manual", "true"));
        assertThat(page(cycleUrl, admin)).contains("HTTNV · admin");
        assertThat(page("/appraisal/members/" + memberId + "/items", admin)).contains("Giao đầu việc");
        assertThat(page("/appraisal/products?job=Chuy%C3%AAn%20vi%C3%AAn", admin))
                .contains("Hệ số quy đổi");

        String cycleId = cycleUrl.substring(cycleUrl.lastIndexOf('/') + 1);
        String list = mvc.perform(get("/api/evaluation/cycles").with(httpBasic("admin", Sessions.ADMIN_PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("\"id\":" + cycleId + ",\"unitId\":" + u + ",\"targetGroup\":\"CONG_CHUC\"");
        String results = mvc.perform(get("/api/evaluation/cycles/" + cycleId + "/results")
                        .with(httpBasic("admin", Sessions.ADMIN_PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(results).contains("\"selfGrade\":\"HTXSNV\"").contains("\"quantityPct\"");

        Who outsider = AppraisalFixtures.who(
                "ngoai",
                org.findByCode("ORGANIZATION", "DU-X-CAMLO").orElseThrow().id(),
                Role.ORG_STAFF,
                Role.COMMITTEE);
        assertThat(mvc.perform(get("/api/evaluation/cycles/" + cycleId + "/results")
                                .with(authentication(token(outsider))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/api/evaluation/cycles").with(authentication(token(outsider))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain(group);
        assertThat(mvc.perform(get("/api/docs")).andReturn().getResponse().getContentAsString())
                .contains("/api/evaluation/cycles/{id}/results");
    }
}
