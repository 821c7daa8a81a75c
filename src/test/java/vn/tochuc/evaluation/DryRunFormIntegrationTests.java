package vn.tochuc.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tochuc.Sessions;

/**
 * Issue 11 point 14: the dry-run and what-if pages are forms built from the pack (inputs with their labels, units
 * and ranges, events as checkboxes); the form scores through the same service as the JSON path and answers the
 * same, and a refused field shows the form again (422) with what was typed and the message beside it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DryRunFormIntegrationTests {

    /** The worked example of QĐ 366 (KHONG_LANH_DAO, 98 points, HTXSNV), as the form posts it. */
    static final Map<String, String> EXAMPLE = Map.of(
            "s1.in.chinhTri", "6",
            "s1.in.daoDuc", "6",
            "s1.in.neuGuong", "5.5",
            "s1.in.doiMoi", "5",
            "s1.in.tuPheBinh", "5,5",
            "s1.in.tasksCompletedPct", "100",
            "s1.in.tasksOnTimePct", "100",
            "s1.in.tasksExceededPct", "35",
            "s1.in.lateTasksPct", "0",
            "s1.in.shortcomingsFixedPct", "100");

    static final String EXAMPLE_JSON = """
            {"pack":"QD366","version":1,"subject":{"id":"vd-1","kind":"INDIVIDUAL","targetGroup":"KHONG_LANH_DAO",
             "unitId":1,"inputs":{"chinhTri":6,"daoDuc":6,"neuGuong":5.5,"doiMoi":5,"tuPheBinh":5.5,
             "tasksCompletedPct":100,"tasksOnTimePct":100,"tasksExceededPct":35,"lateTasksPct":0,
             "shortcomingsFixedPct":100},"events":%s}}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    Evaluations evaluations;

    MockHttpServletResponse send(MockHttpServletRequestBuilder request, MockHttpSession s) throws Exception {
        return mvc.perform(request.session(s).with(csrf())).andReturn().getResponse();
    }

    static MockHttpServletRequestBuilder form(String uri, Map<String, String> values) {
        MockHttpServletRequestBuilder b = post(uri);
        values.forEach(b::param);
        return b;
    }

    static Map<String, String> dryRun(Map<String, String> inputs) {
        Map<String, String> v = new LinkedHashMap<>(inputs);
        v.put("pack", "QD366:1");
        v.put("group", "KHONG_LANH_DAO");
        v.put("s1.name", "vd-1");
        v.put("s1.kind", "INDIVIDUAL");
        return v;
    }

    /** The result region of a full page, as the JSON path's htmx fragment renders it. */
    static String result(String page) {
        int from = page.indexOf("<div id=\"dryrun-result\">") + "<div id=\"dryrun-result\">".length();
        return squeeze(page.substring(from, page.indexOf("<details class=\"advanced\"", from)));
    }

    /** The text with its layout whitespace folded (a fragment is indented differently inside the page). */
    static String squeeze(String html) {
        return html.replaceAll("\\s+", " ").replace("</div>", "").strip();
    }

    @Test
    @DisplayName("EVAL-12, EVAL-31: the form shows the pack's inputs with labels, units and ranges, and its events")
    void formFromThePack() throws Exception {
        MockHttpSession admin = Sessions.admin(mvc);
        String page = send(get("/evaluation/dry-run").param("pack", "QD366:1").param("group", "KHONG_LANH_DAO"), admin)
                .getContentAsString();
        assertThat(page)
                .contains("Cá nhân không giữ chức vụ lãnh đạo (Phụ lục 4)")
                .contains("<label for=\"f-s1-in-chinhTri\">Phẩm chất chính trị</label>")
                .contains("name=\"s1.in.chinhTri\" value=\"6\"")
                .contains("min=\"0\" max=\"6\"")
                .contains("<label for=\"f-s1-in-tasksCompletedPct\">Tỷ lệ nhiệm vụ hoàn thành</label>")
                .contains("<span class=\"unit\">%</span>")
                .contains("<span class=\"unit\">điểm</span>")
                .contains("type=\"checkbox\" id=\"f-s1-ev-DISCIPLINED\" name=\"s1.ev.DISCIPLINED\"")
                .contains("Bị kỷ luật trong năm")
                .contains("Nâng cao: JSON")
                .contains("textarea");
    }

    @Test
    @DisplayName(
            "KPI-02, EVAL-36: every shipped pack and criteria set gives a form; checklists say what a count is worth")
    void everyPackGivesAForm() throws Exception {
        MockHttpSession admin = Sessions.admin(mvc);
        for (Evaluations.PackSummary p : evaluations.packs()) {
            if (!"PUBLISHED".equals(p.status())) {
                continue;
            }
            for (RulePackDoc.CriteriaSet cs :
                    evaluations.pack(p.code(), p.version()).criteriaSets()) {
                MockHttpServletResponse r = send(
                        get("/evaluation/dry-run")
                                .param("pack", p.code() + ":" + p.version())
                                .param("group", cs.targetGroup()),
                        admin);
                assertThat(r.getStatus()).as(p.code() + " " + cs.targetGroup()).isEqualTo(200);
                assertThat(r.getContentAsString()).contains(cs.name()).contains("class=\"pack-field\"");
                assertThat(send(
                                        get("/evaluation/what-if")
                                                .param("pack", p.code())
                                                .param("group", cs.targetGroup()),
                                        admin)
                                .getStatus())
                        .isEqualTo(200);
            }
        }
        String hn = send(get("/evaluation/dry-run").param("pack", "HN3814:1"), admin)
                .getContentAsString();
        assertThat(hn).contains("Mỗi lần đi muộn, về sớm: -1 điểm").contains("Mỗi sáng kiến được công nhận: +5 điểm");
        // a head of unit under NĐ 335 (head cap on, EVAL-36) picks the grade of the collective they head
        assertThat(send(get("/evaluation/dry-run").param("pack", "ND335:1"), admin)
                        .getContentAsString())
                .contains("name=\"collectiveGrade\"")
                .contains("Không phải người đứng đầu");
    }

    @Test
    @DisplayName("EVAL-14, EVAL-31: the form scores exactly as the JSON path, events included")
    void formEqualsJson() throws Exception {
        MockHttpSession admin = Sessions.admin(mvc);
        MockHttpServletResponse viaForm = send(form("/evaluation/dry-run/form", dryRun(EXAMPLE)), admin);
        String viaJson = send(
                        post("/evaluation/dry-run")
                                .header("HX-Request", "true")
                                .param("body", EXAMPLE_JSON.formatted("[]")),
                        admin)
                .getContentAsString()
                .strip();
        assertThat(viaForm.getStatus()).isEqualTo(200);
        assertThat(viaJson).contains("98 điểm, HTXSNV");
        assertThat(result(viaForm.getContentAsString())).isEqualTo(squeeze(viaJson));

        Map<String, String> disciplined = dryRun(EXAMPLE);
        disciplined.put("s1.ev.DISCIPLINED", "on");
        MockHttpServletResponse formKhtnv = send(form("/evaluation/dry-run/form", disciplined), admin);
        String jsonKhtnv = send(
                        post("/evaluation/dry-run")
                                .header("HX-Request", "true")
                                .param("body", EXAMPLE_JSON.formatted("[\"DISCIPLINED\"]")),
                        admin)
                .getContentAsString()
                .strip();
        assertThat(jsonKhtnv).contains("KHTNV");
        assertThat(result(formKhtnv.getContentAsString())).isEqualTo(squeeze(jsonKhtnv));
        // the API is unchanged and answers the same for the document the form builds
        String api = mvc.perform(post("/api/evaluation/dry-run")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("admin", Sessions.ADMIN_PASSWORD))
                        .contentType("application/json")
                        .content(EXAMPLE_JSON.formatted("[]")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(api).contains("\"score\":98.0").contains("\"grade\":\"HTXSNV\"");
    }

    @Test
    @DisplayName(
            "EVAL-36: a head of unit graded from the form is capped at the collective's grade, as in the JSON path")
    void headOfUnit() throws Exception {
        MockHttpSession admin = Sessions.admin(mvc);
        Map<String, String> v = new LinkedHashMap<>(Map.of(
                "pack", "ND335:1",
                "group", "CONG_CHUC",
                "s1.name", "vd-1",
                "s1.kind", "INDIVIDUAL",
                "collectiveGrade", "HTNV"));
        Map.of("chinhTri", "5", "daoDuc", "5", "vanHoa", "5", "kyLuat", "4,5", "phucVu", "5", "doiMoi", "4")
                .forEach((k, x) -> v.put("s1.in." + k, x));
        Map.of("assigned", "40", "completed", "40", "qualityFailures", "1", "delays", "2")
                .forEach((k, x) -> v.put("s1.in." + k, x));
        String json = """
                {"pack":"ND335","version":1,"collectiveGrade":"HTNV","subject":{"id":"vd-1","kind":"INDIVIDUAL",
                 "targetGroup":"CONG_CHUC","unitId":1,"headOfUnitId":1,"inputs":{"chinhTri":5,"daoDuc":5,"vanHoa":5,
                 "kyLuat":4.5,"phucVu":5,"doiMoi":4,"assigned":40,"completed":40,"qualityFailures":1,"delays":2},
                 "events":[]}}""";
        String viaJson = send(
                        post("/evaluation/dry-run").header("HX-Request", "true").param("body", json), admin)
                .getContentAsString();
        assertThat(viaJson).contains("HTNV (Hoàn thành nhiệm vụ)");
        assertThat(result(send(form("/evaluation/dry-run/form", v), admin).getContentAsString()))
                .isEqualTo(squeeze(viaJson));
    }

    @Test
    @DisplayName("a score «abc», one out of range and one missing: 422, the form again, values kept, messages beside")
    void refusedFieldsKeepTheInput() throws Exception {
        MockHttpSession admin = Sessions.admin(mvc);
        Map<String, String> bad = dryRun(EXAMPLE);
        bad.put("s1.in.chinhTri", "abc");
        bad.put("s1.in.daoDuc", "7");
        bad.put("s1.in.doiMoi", "");
        MockHttpServletResponse r = send(form("/evaluation/dry-run/form", bad), admin);
        String page = r.getContentAsString();
        assertThat(r.getStatus()).isEqualTo(422);
        assertThat(page)
                .contains("<html")
                .contains("Có 3 ô chưa hợp lệ")
                .contains("name=\"s1.in.chinhTri\" value=\"abc\"")
                .contains("id=\"e-f-s1-in-chinhTri\" role=\"alert\">«abc» không phải là số")
                .contains("name=\"s1.in.daoDuc\" value=\"7\"")
                .contains("id=\"e-f-s1-in-daoDuc\" role=\"alert\">Phải từ 0 đến 6.")
                .contains("id=\"e-f-s1-in-doiMoi\" role=\"alert\">Cần nhập giá trị.")
                .contains("name=\"s1.in.neuGuong\" value=\"5.5\"")
                .doesNotContain("98 điểm, HTXSNV");
    }

    @Test
    @DisplayName("EVAL-14: what-if from the form: the top band raised to 99 moves the example, as the JSON path does")
    void whatIfForm() throws Exception {
        MockHttpSession admin = Sessions.admin(mvc);
        assertThat(send(get("/evaluation/what-if").param("pack", "QD366"), admin)
                        .getContentAsString())
                .contains("name=\"draft.band.HTXSNV\" value=\"90\"")
                .contains("Phẩm chất chính trị")
                .contains("Nâng cao: JSON");
        Map<String, String> v = new LinkedHashMap<>(EXAMPLE);
        v.put("pack", "QD366");
        v.put("group", "KHONG_LANH_DAO");
        v.put("s1.name", "w1");
        v.put("s1.kind", "INDIVIDUAL");
        v.put("draft.band.HTXSNV", "99");
        v.put("draft.band.HTTNV", "70");
        v.put("draft.band.HTNV", "50");
        v.put("draft.quota", "20");
        MockHttpServletResponse r = send(form("/evaluation/what-if/form", v), admin);
        String page = r.getContentAsString();
        assertThat(r.getStatus()).isEqualTo(200);
        String rows = page.substring(page.indexOf("<div id=\"whatif-result\">"), page.indexOf("id=\"whatif-json\""));
        assertThat(rows).contains("w1").contains("98 điểm · HTXSNV").contains("98 điểm · HTTNV");

        v.put("draft.band.HTXSNV", "abc");
        v.put("s2.in.chinhTri", "9");
        MockHttpServletResponse bad = send(form("/evaluation/what-if/form", v), admin);
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString())
                .contains("name=\"draft.band.HTXSNV\" value=\"abc\"")
                .contains("id=\"e-f-draft-band-HTXSNV\" role=\"alert\">«abc» không phải là số")
                .contains("id=\"e-f-s2-in-chinhTri\" role=\"alert\">Phải từ 0 đến 6.")
                .contains("id=\"e-f-s2-in-daoDuc\" role=\"alert\">Cần nhập giá trị.");
    }
}
