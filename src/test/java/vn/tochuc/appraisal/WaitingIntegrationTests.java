package vn.tochuc.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.tochuc.appraisal.AppraisalFixtures.as;
import static vn.tochuc.appraisal.AppraisalFixtures.run;
import static vn.tochuc.appraisal.AppraisalFixtures.who;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.tochuc.appraisal.AppraisalFixtures.Who;
import vn.tochuc.appraisal.AppraisalScenario.Person;
import vn.tochuc.evaluation.Grade;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.Role;

/** What waits for me, per role, with deadlines approaching and passed, and the badge in the navigation. */
@SpringBootTest
@AutoConfigureMockMvc
class WaitingIntegrationTests {

    @Autowired
    Appraisals appraisals;

    @Autowired
    CycleRepository cycleRows;

    @Autowired
    vn.tochuc.evaluation.PackSelection packSelection;

    @Autowired
    Waiting waiting;

    @Autowired
    WorkRepository workRepo;

    @Autowired
    WorkItems work;

    @Autowired
    OrgDirectory org;

    @Autowired
    MockMvc mvc;

    long unit(String code) {
        return org.findByCode("ORGANIZATION", code).orElseThrow().id();
    }

    static WaitingSummary.CycleWaiting of(WaitingSummary s, Cycle c) {
        return s.cycles().stream()
                .filter(w -> w.cycle().id() == c.id())
                .findFirst()
                .orElseThrow();
    }

    @Test
    @DisplayName("Cadre: own self-assessments to submit, due soon and overdue; own work items coming due; badge")
    void cadre() throws Exception {
        long u = unit("DU-P-DONGHA");
        LocalDate today = LocalDate.now(VnFormats.VIETNAM);
        YearMonth month = YearMonth.now(VnFormats.VIETNAM);
        Who staff = who(AppraisalFixtures.uniqueUser("staff"), u, Role.ORG_STAFF);
        Who head = who(AppraisalFixtures.uniqueUser("head"), u, Role.UNIT_HEAD);
        Who cadre = who(AppraisalFixtures.uniqueUser("cadre"), u, Role.CADRE);
        Cycle soon = as(
                staff,
                () -> new AppraisalFixtures.Opener(cycleRows, packSelection)
                        .open(u, "MONTH", month.toString(), "ND335", today.plusDays(2)));
        // A cycle whose deadline was yesterday: this month's, or last month's on the first day of a month.
        YearMonth lateMonth = today.getDayOfMonth() > 1 ? month : month.minusMonths(1);
        Cycle late = as(
                staff,
                () -> new AppraisalFixtures.Opener(cycleRows, packSelection)
                        .open(u, "MONTH", lateMonth.toString(), "ND335", today.minusDays(1)));
        Cycle far = as(
                staff,
                () -> new AppraisalFixtures.Opener(cycleRows, packSelection)
                        .open(
                                u,
                                "QUARTER",
                                month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1),
                                "ND335",
                                null));
        String job = "Chuyên viên " + AppraisalFixtures.uniqueGroup();
        long m1 = as(
                staff, () -> appraisals.addMember(soon.id(), "INDIVIDUAL", u, null, null, cadre.username(), "A", job));
        as(staff, () -> appraisals.addMember(late.id(), "INDIVIDUAL", u, null, null, cadre.username(), "A", job));
        long m3 = as(
                staff, () -> appraisals.addMember(far.id(), "INDIVIDUAL", u, null, null, cadre.username(), "A", job));
        long product = as(staff, () -> work.addProduct(job, "BC", "Báo cáo", "C", 1.0));
        workRepo.insertItem(m1, product, "Báo cáo đến hạn hôm nay", 1, 1, today, head.username());
        workRepo.insertItem(m1, product, "Báo cáo quá hạn", 1, 1, today.minusDays(2), head.username());
        workRepo.insertItem(m1, product, "Báo cáo còn xa", 1, 1, today.plusDays(10), head.username());

        WaitingSummary s = as(cadre, () -> waiting.summary());
        assertThat(of(s, soon).state()).isEqualTo("DUE_SOON");
        assertThat(of(s, soon).toSelfAssess()).isEqualTo(1);
        assertThat(of(s, late).state()).isEqualTo("OVERDUE");
        assertThat(of(s, far).toSelfAssess()).isEqualTo(1);
        assertThat(s.cycles())
                .allSatisfy(w -> assertThat(w.toAppraise() + w.toDecide()).isZero());
        assertThat(s.badge()).as("open cycles only").isEqualTo(2);
        assertThat(s.items())
                .extracting(WaitingSummary.DueItem::title, WaitingSummary.DueItem::state)
                .containsExactly(tuple("Báo cáo quá hạn", "OVERDUE"), tuple("Báo cáo đến hạn hôm nay", "DUE_SOON"));

        String html = mvc.perform(get("/appraisal/waiting")
                        .with(authentication(AppraisalPagesIntegrationTests.token(cadre)))
                        .accept(MediaType.TEXT_HTML))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("<span class=\"badge\"", ">2</span>")
                .contains("Sắp đến hạn (còn 2 ngày)")
                .contains("Quá hạn 1 ngày")
                .contains("Báo cáo quá hạn");

        run(cadre, () -> appraisals.selfAssess(m1, 80, Grade.HTTNV, "", true));
        run(cadre, () -> appraisals.selfAssess(m3, 80, Grade.HTTNV, "", true));
        assertThat(as(cadre, () -> waiting.summary()).badge()).isZero();
        String after = mvc.perform(get("/appraisal/waiting")
                        .with(authentication(AppraisalPagesIntegrationTests.token(cadre)))
                        .accept(MediaType.TEXT_HTML))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(after).doesNotContain("<span class=\"badge\"");
    }

    @Test
    @DisplayName("Head: submitted self-assessments to appraise in scope; committee: appraisals to decide")
    void headAndCommittee() {
        long u = unit("DU-P-DONGHA");
        AppraisalScenario.Built b = AppraisalScenario.build(
                appraisals,
                new AppraisalFixtures.Opener(cycleRows, packSelection),
                u,
                "MONTH",
                YearMonth.now(VnFormats.VIETNAM).toString(),
                Grade.HTTNV,
                List.of(
                        new Person("Một", Grade.HTTNV, null, null), new Person("Hai", Grade.HTTNV, null, null),
                        new Person("Ba", Grade.HTTNV, Grade.HTTNV, null), new Person("Bốn", null, null, null)));
        Who head = who(AppraisalFixtures.uniqueUser("head"), u, Role.UNIT_HEAD);
        Who committee = who(AppraisalFixtures.uniqueUser("tv"), u, Role.COMMITTEE);
        Who farHead = who(AppraisalFixtures.uniqueUser("far"), unit("DU-X-CAMLO"), Role.UNIT_HEAD, Role.COMMITTEE);
        Who cadre = b.people().get(3);

        var h = of(as(head, () -> waiting.summary()), b.cycle());
        assertThat(h.toAppraise()).isEqualTo(2);
        assertThat(h.toDecide()).as("not a committee member").isZero();
        var c = of(as(committee, () -> waiting.summary()), b.cycle());
        assertThat(c.toDecide()).isEqualTo(1);
        assertThat(c.toAppraise()).as("not a head").isZero();
        assertThat(as(farHead, () -> waiting.summary()).cycles())
                .extracting(w -> w.cycle().id())
                .doesNotContain(b.cycle().id());
        var own = of(as(cadre, () -> waiting.summary()), b.cycle());
        assertThat(own.toSelfAssess()).isEqualTo(1);
        assertThat(own.toAppraise() + own.toDecide()).isZero();
        assertThat(as(head, () -> waiting.summary()).badge()).isGreaterThanOrEqualTo(2);
    }
}
