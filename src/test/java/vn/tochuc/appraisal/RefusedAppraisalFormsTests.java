package vn.tochuc.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.tochuc.appraisal.AppraisalFixtures.as;
import static vn.tochuc.appraisal.AppraisalFixtures.who;

import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tochuc.appraisal.AppraisalFixtures.Who;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.Role;

/**
 * #11.5: a date like 31/02/2025 or a number "abc" on an appraisal form no longer gets the generic "Lỗi 400"
 * page: the page of the form comes back (400) with what was typed and the message beside that field, and
 * nothing is saved.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RefusedAppraisalFormsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Appraisals appraisals;

    @Autowired
    CycleRepository cycleRows;

    @Autowired
    vn.tochuc.evaluation.PackSelection packSelection;

    @Autowired
    WorkItems work;

    @Autowired
    OrgDirectory org;

    record Setup(Who head, Who cadre, long member, long product, long item) {}

    Setup setup() {
        long u = org.findByCode("ORGANIZATION", "DU-P-DONGHA").orElseThrow().id();
        Who staff = who(AppraisalFixtures.uniqueUser("staff"), u, Role.ORG_STAFF);
        Who head = who(AppraisalFixtures.uniqueUser("head"), u, Role.UNIT_HEAD, Role.CADRE);
        Who cadre = who(AppraisalFixtures.uniqueUser("cadre"), u, Role.CADRE);
        String job = "Chuyên viên " + AppraisalFixtures.uniqueGroup();
        YearMonth month = YearMonth.now(VnFormats.VIETNAM);
        // a cycle of its own group, inserted directly (open() takes only the pack's groups, once per unit and month)
        Cycle c = new AppraisalFixtures.Opener(cycleRows, packSelection)
                .open(u, "MONTH", YearMonth.now(VnFormats.VIETNAM).toString(), "ND335", null);
        long me = as(
                staff,
                () -> appraisals.addMember(
                        c.id(), "INDIVIDUAL", u, null, null, cadre.username(), "Nguyễn Văn Thử", job));
        long product = as(staff, () -> work.addProduct(job, "BC", "Báo cáo chuyên đề", "C", 2.0));
        long item = as(head, () -> work.assign(me, product, "Báo cáo quý", 2, month.atDay(20)));
        return new Setup(head, cadre, me, product, item);
    }

    MvcResult send(Who who, String page, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(authentication(AppraisalPagesIntegrationTests.token(who)))
                        .with(csrf())
                        .header("Referer", "http://localhost" + page)
                        .accept(MediaType.TEXT_HTML))
                .andReturn();
    }

    static void assertFormAgain(MvcResult r, String field, String typed, String message) throws Exception {
        String html = r.getResponse().getContentAsString();
        assertThat(r.getResponse().getStatus()).as(html).isEqualTo(400);
        assertThat(html)
                .doesNotContain("Lỗi 400")
                .contains("value=\"" + typed + "\"")
                .contains("aria-invalid=\"true\"");
        int at = html.indexOf("id=\"e-" + field + "\"");
        assertThat(at).as("message beside " + field).isPositive();
        assertThat(html.substring(at, html.indexOf("</span>", at))).contains(message);
    }

    @Test
    @DisplayName("#11.5 work item assignment: «abc» as quantity, then 31/02/2025 as due date; nothing assigned")
    void assign() throws Exception {
        Setup s = setup();
        String page = "/appraisal/members/" + s.member() + "/items";
        int before = as(s.head(), () -> work.items(s.member())).size();
        MvcResult r = send(
                s.head(),
                page,
                post(page)
                        .param("productId", String.valueOf(s.product()))
                        .param("title", "Báo cáo năm")
                        .param("quantity", "abc")
                        .param("due", "31/02/2025"));
        assertFormAgain(r, "quantity", "abc", "Số không hợp lệ");
        assertThat(r.getResponse().getContentAsString())
                .contains("value=\"31/02/2025\"")
                .contains("value=\"Báo cáo năm\"");
        r = send(
                s.head(),
                page,
                post(page)
                        .param("productId", String.valueOf(s.product()))
                        .param("title", "Báo cáo năm")
                        .param("quantity", "3")
                        .param("due", "31/02/2025"));
        assertFormAgain(r, "due", "31/02/2025", "Ngày không hợp lệ");
        assertThat(as(s.head(), () -> work.items(s.member()))).hasSize(before);
    }

    @Test
    @DisplayName("#11.5 work log and self-assessment: bad number or date → «Việc của tôi» again, field named")
    void logAndSelf() throws Exception {
        Setup s = setup();
        MvcResult r = send(
                s.cadre(),
                "/appraisal/mine",
                post("/appraisal/items/" + s.item() + "/log")
                        .param("done", "2")
                        .param("on", "31/02/2025")
                        .param("note", "xong"));
        assertFormAgain(r, "on", "31/02/2025", "Ngày không hợp lệ");
        r = send(
                s.cadre(),
                "/appraisal/mine",
                post("/appraisal/members/" + s.member() + "/self")
                        .param("score", "abc")
                        .param("grade", "HTTNV")
                        .param("comment", "Đã cố gắng"));
        assertFormAgain(r, "score", "abc", "Số không hợp lệ");
        assertThat(r.getResponse().getContentAsString()).contains("Đã cố gắng");
        assertThat(as(s.cadre(), () -> appraisals.member(s.member())).selfScore())
                .isNull();
    }

    @Test
    @DisplayName("#11.5 product catalogue: «abc» as factor → the catalogue page again")
    void product() throws Exception {
        Setup s = setup();
        String job = "Chuyên viên " + AppraisalFixtures.uniqueGroup();
        Who staff = who(
                AppraisalFixtures.uniqueUser("staff"),
                s.head().scope().rootUnitIds().iterator().next(),
                Role.ORG_STAFF);
        MvcResult r = send(
                staff,
                "/appraisal/products?job=" + java.net.URLEncoder.encode(job, java.nio.charset.StandardCharsets.UTF_8),
                post("/appraisal/products")
                        .param("job", job)
                        .param("code", "BC")
                        .param("name", "Báo cáo")
                        .param("group", "C")
                        .param("factor", "abc"));
        assertFormAgain(r, "factor", "abc", "Số không hợp lệ");
        assertThat(as(staff, () -> work.products(job))).isEmpty();
    }
}
