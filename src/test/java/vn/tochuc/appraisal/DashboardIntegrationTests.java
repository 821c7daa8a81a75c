package vn.tochuc.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.tochuc.appraisal.AppraisalFixtures.as;
import static vn.tochuc.appraisal.AppraisalFixtures.run;
import static vn.tochuc.appraisal.AppraisalFixtures.who;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tochuc.appraisal.AppraisalFixtures.Who;
import vn.tochuc.appraisal.AppraisalScenario.Person;
import vn.tochuc.evaluation.Grade;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.Role;

/** The dashboard JSON: grades by unit and by period, completion by unit, a person's trend; scoped. */
@SpringBootTest
@AutoConfigureMockMvc
class DashboardIntegrationTests {

    @Autowired
    Appraisals appraisals;

    @Autowired
    CycleRepository cycleRows;

    @Autowired
    vn.tochuc.evaluation.PackSelection packSelection;

    @Autowired
    OrgDirectory org;

    @Autowired
    MockMvc mvc;

    final JsonMapper json = JsonMapper.builder().build();

    long unit(String code) {
        return org.findByCode("ORGANIZATION", code).orElseThrow().id();
    }

    int status(String uri, Who who) throws Exception {
        return mvc.perform(get(uri).with(authentication(AppraisalPagesIntegrationTests.token(who)))
                        .accept(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    JsonNode json(String uri, Who who) throws Exception {
        var r = mvc.perform(get(uri).with(authentication(AppraisalPagesIntegrationTests.token(who)))
                        .accept(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse();
        assertThat(r.getStatus()).as(uri + " " + r.getContentAsString()).isEqualTo(200);
        return json.readTree(r.getContentAsString());
    }

    static List<Long> longs(JsonNode array) {
        List<Long> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asLong()));
        return out;
    }

    @Test
    @DisplayName("Grades and completion by unit count the cycle's members; the page renders them as tables too")
    void byUnit() throws Exception {
        long u = unit("DU-P-DONGHA");
        String name = org.find(u).orElseThrow().name();
        var b = AppraisalScenario.build(
                appraisals,
                new AppraisalFixtures.Opener(cycleRows, packSelection),
                u,
                "MONTH",
                YearMonth.now(VnFormats.VIETNAM).toString(),
                Grade.HTXSNV,
                List.of(
                        new Person("A", Grade.HTXSNV, Grade.HTXSNV, Grade.HTXSNV),
                        new Person("B", Grade.HTTNV, Grade.HTTNV, Grade.HTTNV),
                        new Person("C", Grade.HTTNV, Grade.HTTNV, Grade.HTTNV),
                        new Person("D", Grade.HTNV, Grade.HTNV, null),
                        new Person("E", Grade.HTNV, null, null),
                        new Person("F", null, null, null),
                        new Person("G", Grade.HTTNV, Grade.HTTNV, null),
                        new Person("H", Grade.HTTNV, Grade.HTTNV, null),
                        new Person("I", Grade.HTTNV, Grade.HTTNV, null),
                        new Person("J", Grade.HTTNV, Grade.HTTNV, null)));
        long id = b.cycle().id();
        JsonNode g = json("/appraisal/dashboard/grades.json?cycle=" + id, b.boss());
        assertThat(g.get("labels")).hasSize(1);
        assertThat(g.get("labels").get(0).asString()).isEqualTo(name);
        assertThat(longs(g.get("series").get("HTXSNV"))).containsExactly(1L);
        assertThat(longs(g.get("series").get("HTTNV"))).containsExactly(2L);
        assertThat(longs(g.get("series").get("KHTNV"))).containsExactly(0L);
        assertThat(longs(g.get("pending"))).containsExactly(7L);

        JsonNode c = json("/appraisal/dashboard/completion.json?cycle=" + id, b.boss());
        assertThat(c.get("labels").get(0).asString()).isEqualTo(name);
        // The collective counts too: 11 members, 10 self-assessed, 9 appraised, 4 decided.
        assertThat(longs(c.get("total"))).containsExactly(11L);
        assertThat(longs(c.get("selfAssessed"))).containsExactly(10L);
        assertThat(longs(c.get("appraised"))).containsExactly(9L);
        assertThat(longs(c.get("decided"))).containsExactly(4L);

        JsonNode p = json("/appraisal/dashboard/periods.json?unit=" + u + "&kind=MONTH&periods=3", b.boss());
        assertThat(p.get("labels").toString())
                .contains(YearMonth.now(VnFormats.VIETNAM).toString());

        String html = mvc.perform(get("/appraisal/dashboard?cycle=" + id)
                        .with(authentication(AppraisalPagesIntegrationTests.token(b.boss())))
                        .accept(MediaType.TEXT_HTML))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("data-chart=\"grades\"", "data-chart=\"completion\"", "/js/appraisal.js")
                .contains("Tiến độ hoàn thành kỳ theo đơn vị")
                .doesNotContain("<script>");
    }

    @Test
    @DisplayName("Unit views are refused to a cadre and outside the scope")
    void scoped() throws Exception {
        long u = unit("DU-P-DONGHA");
        var b = AppraisalScenario.build(
                appraisals,
                new AppraisalFixtures.Opener(cycleRows, packSelection),
                u,
                "MONTH",
                YearMonth.now(VnFormats.VIETNAM).toString(),
                Grade.HTTNV,
                List.of(new Person("A", Grade.HTTNV, null, null)));
        long id = b.cycle().id();
        Who cadre = b.people().get(0);
        Who far = who(AppraisalFixtures.uniqueUser("far"), unit("DU-X-CAMLO"), Role.ORG_STAFF, Role.UNIT_HEAD);
        assertThat(status("/appraisal/dashboard/grades.json?cycle=" + id, cadre))
                .isEqualTo(403);
        assertThat(status("/appraisal/dashboard/completion.json?cycle=" + id, far))
                .isEqualTo(403);
        assertThat(status("/appraisal/dashboard/periods.json?unit=" + u, far)).isEqualTo(403);
        assertThat(status("/appraisal/dashboard/trend.json?user=" + cadre.username(), far))
                .isEqualTo(403);
        assertThat(status("/appraisal/dashboard/trend.json?user=" + b.boss().username(), cadre))
                .isEqualTo(403);
        assertThat(status("/appraisal/dashboard/trend.json", cadre)).isEqualTo(200);
        assertThat(status("/appraisal/dashboard/periods.json?unit=" + u + "&kind=WEEK", b.boss()))
                .isEqualTo(400);
    }

    @Test
    @DisplayName("A person's trend lists their monthly self scores and decided grades, oldest month first")
    void trend() throws Exception {
        long u = unit("DU-P-DONGHA");
        YearMonth now = YearMonth.now(VnFormats.VIETNAM);
        Who staff = who(AppraisalFixtures.uniqueUser("staff"), u, Role.ORG_STAFF, Role.UNIT_HEAD, Role.COMMITTEE);
        Who cadre = who(AppraisalFixtures.uniqueUser("cadre"), u, Role.CADRE);
        for (YearMonth m : List.of(now.plusMonths(1), now)) {
            Cycle c = as(
                    staff,
                    () -> new AppraisalFixtures.Opener(cycleRows, packSelection)
                            .open(u, "MONTH", m.toString(), "ND335", null));
            long id = as(
                    staff,
                    () -> appraisals.addMember(
                            c.id(), "INDIVIDUAL", u, null, null, cadre.username(), "Xu hướng", null));
            double score = m.equals(now) ? 72.5 : 91;
            run(cadre, () -> appraisals.selfAssess(id, score, Grade.HTTNV, "", true));
        }
        JsonNode t = json("/appraisal/dashboard/trend.json", cadre);
        assertThat(t.get("labels").toString()).isEqualTo("[\"" + now + "\",\"" + now.plusMonths(1) + "\"]");
        assertThat(t.get("selfScore").get(0).asDouble()).isEqualTo(72.5);
        assertThat(t.get("selfScore").get(1).asDouble()).isEqualTo(91.0);
        assertThat(t.get("taskPoints")).hasSize(2);
        JsonNode byHead = json("/appraisal/dashboard/trend.json?user=" + cadre.username(), staff);
        assertThat(byHead.get("labels")).hasSize(2);
    }
}
