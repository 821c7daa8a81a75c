package vn.tochuc.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.tochuc.appraisal.AppraisalFixtures.as;
import static vn.tochuc.appraisal.AppraisalFixtures.run;
import static vn.tochuc.appraisal.AppraisalFixtures.who;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.tochuc.appraisal.AppraisalFixtures.Who;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.evaluation.Grade;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.web.Role;

/** The member's form page (engine explanation, criteria), its PDF, the calibration screen and the lists page. */
@SpringBootTest
@AutoConfigureMockMvc
class FormPagesIntegrationTests {

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

    @Autowired
    AuditLog audit;

    MvcResult call(org.springframework.test.web.servlet.RequestBuilder req) throws Exception {
        return mvc.perform(req).andReturn();
    }

    @Test
    @DisplayName(
            "EVAL-02/EVAL-19/EVAL-60: form page with the engine's explanation, PDF with Vietnamese text, calibration screen shows what blocks")
    void formPdfAndCalibration() throws Exception {
        long u = org.findByCode("ORGANIZATION", "DU-P-DONGHA").orElseThrow().id();
        MonthSetup setup =
                MonthSetup.open(appraisals, new AppraisalFixtures.Opener(cycleRows, packSelection), u, "ND335");
        Who staff = setup.staff();
        Who head = setup.head();
        Who committee = setup.committee();
        Who cadre = who(AppraisalFixtures.uniqueUser("cadre"), u, Role.CADRE);
        Who peer = who(AppraisalFixtures.uniqueUser("cadre"), u, Role.CADRE);
        String job = setup.job();
        YearMonth month = setup.month();
        Cycle c = setup.cycle();
        long me = setup.member(appraisals, cadre, "Phạm Thị Hồng Nhung", job);
        long other = setup.member(appraisals, peer, "Đỗ Văn Tư", job);
        long report = as(staff, () -> work.addProduct(job, "BC", "Báo cáo chuyên đề", "C", 2.0));
        long i1 = as(head, () -> work.assign(me, report, "Báo cáo tháng", 3, month.atDay(20)));
        run(cadre, () -> work.log(i1, 3, month.atDay(19), null));
        run(head, () -> work.confirm(i1, true, 0, 0));

        String form = call(get("/appraisal/members/" + me)
                        .with(authentication(AppraisalPagesIntegrationTests.token(cadre)))
                        .accept(MediaType.TEXT_HTML))
                .getResponse()
                .getContentAsString();
        assertThat(form)
                .contains("Phẩm chất chính trị")
                .contains("id=\"criteria-form\"")
                .contains("engine-problem");
        var saved = call(post("/appraisal/members/" + me + "/criteria")
                .with(authentication(AppraisalPagesIntegrationTests.token(cadre)))
                .with(csrf())
                .param("chinhTri", "5")
                .param("daoDuc", "5")
                .param("vanHoa", "5")
                .param("kyLuat", "5")
                .param("phucVu", "5")
                .param("doiMoi", "4,5"));
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        form = call(get("/appraisal/members/" + me)
                        .with(authentication(AppraisalPagesIntegrationTests.token(head)))
                        .accept(MediaType.TEXT_HTML))
                .getResponse()
                .getContentAsString();
        // 29,5 + 70 (all items done, passed, on time) = 99,5.
        assertThat(form).contains("Tổng điểm 99,5 · HTXSNV").contains("EVAL-53").contains("EVAL-59");
        assertThat(call(get("/appraisal/members/" + me)
                                .with(authentication(AppraisalPagesIntegrationTests.token(peer)))
                                .accept(MediaType.TEXT_HTML))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        run(cadre, () -> appraisals.selfAssess(me, 99.5, Grade.HTXSNV, "Hoàn thành vượt mức", true));
        run(peer, () -> appraisals.selfAssess(other, 93, Grade.HTXSNV, "", true));
        run(head, () -> appraisals.appraise(me, Grade.HTXSNV, "Đồng ý"));
        run(head, () -> appraisals.appraise(other, Grade.HTXSNV, "Đồng ý"));
        // EVAL-60: HTXSNV ≤ 20% of those at HTTNV: none at HTTNV → 0 allowed, both referred.
        String cal = call(get("/appraisal/cycles/" + c.id() + "/calibration")
                        .with(authentication(AppraisalPagesIntegrationTests.token(committee)))
                        .accept(MediaType.TEXT_HTML))
                .getResponse()
                .getContentAsString();
        assertThat(cal)
                .contains("Chưa thể quyết định xếp loại nhóm này")
                .contains("Phạm Thị Hồng Nhung")
                .contains("Đỗ Văn Tư")
                .contains("EVAL-60")
                .contains("vượt hạn mức 0");
        var refused = call(post("/appraisal/members/" + me + "/decide")
                .with(authentication(AppraisalPagesIntegrationTests.token(committee)))
                .with(csrf())
                .accept(MediaType.TEXT_HTML)
                .param("grade", "HTXSNV"));
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(refused.getResponse().getContentAsString()).contains("còn vướng hạn mức");
        assertThat(call(get("/appraisal/cycles/" + c.id() + "/calibration")
                                .with(authentication(AppraisalPagesIntegrationTests.token(head)))
                                .accept(MediaType.TEXT_HTML))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        MvcResult pdf = call(get("/appraisal/members/" + me + "/form.pdf")
                .with(authentication(AppraisalPagesIntegrationTests.token(head))));
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        PdfReader reader = new PdfReader(pdf.getResponse().getContentAsByteArray());
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(i));
        }
        assertThat(text.toString())
                .contains("PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG")
                .contains("Phạm Thị Hồng Nhung")
                .contains("Hoàn thành xuất sắc nhiệm vụ")
                .contains("Hoàn thành vượt mức")
                .contains("EVAL-54")
                .contains(head.username());
        // Issue 11, point 13: the document names the regulation and the grade in Vietnamese, not their codes.
        assertThat(text.toString())
                .doesNotContain("gói quy tắc")
                .doesNotContainPattern("Xếp loại: [^.]*\\((HTXSNV|HTTNV|HTNV|KHTNV)\\)")
                .containsPattern("Kỳ \\S+ · \\S.* \\(phiên bản \\d+\\)");
        assertThat(audit.search(head.username(), "READ", "APPR_FORM_PDF", null, 0, 10))
                .hasSize(1);

        String lists = call(get("/appraisal/consequences?year=2025")
                        .with(authentication(AppraisalPagesIntegrationTests.token(staff)))
                        .accept(MediaType.TEXT_HTML))
                .getResponse()
                .getContentAsString();
        assertThat(lists).contains("EVAL-70").contains("EVAL-72").contains("EVAL-74");
        assertThat(call(get("/appraisal/consequences")
                                .with(authentication(AppraisalPagesIntegrationTests.token(cadre)))
                                .accept(MediaType.TEXT_HTML))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
