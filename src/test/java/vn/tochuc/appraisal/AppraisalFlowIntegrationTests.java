package vn.tochuc.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tochuc.appraisal.AppraisalFixtures.as;
import static vn.tochuc.appraisal.AppraisalFixtures.run;
import static vn.tochuc.appraisal.AppraisalFixtures.who;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import vn.tochuc.appraisal.AppraisalFixtures.Who;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.evaluation.Grade;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.people.People;
import vn.tochuc.people.PersonQuery;
import vn.tochuc.people.PersonSummary;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.OutOfScopeException;
import vn.tochuc.web.Role;

/** Cycles bound to the pack in force, work items, and the three-step decision in grading order. */
@SpringBootTest
class AppraisalFlowIntegrationTests {

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

    @Autowired
    People people;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    long unit(String code) {
        return org.findByCode("ORGANIZATION", code).orElseThrow().id();
    }

    @Test
    @DisplayName("EVAL-46/EVAL-62: a yearly cycle closes before 15 December; bound to the pack version in force")
    void yearlyDeadline() {
        long u = AppraisalFixtures.testUnit(jdbc, unit("DU-P-DONGHA"));
        Who staff = who(AppraisalFixtures.uniqueUser("staff"), u, Role.ORG_STAFF);
        String group = "LANH_DAO";
        assertThatThrownBy(() ->
                        as(staff, () -> appraisals.open(u, group, "YEAR", "2026", "QD366", LocalDate.of(2026, 12, 20))))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("15/12");
        Cycle c = as(staff, () -> appraisals.open(u, group, "YEAR", "2026", "QD366", null));
        assertThat(c.deadline()).isEqualTo(LocalDate.of(2026, 12, 14));
        Cycle recent = as(staff, () -> appraisals.open(u, group, "YEAR", "2024", "ND90", null));
        assertThat(recent.packVersion()).isEqualTo(2);
        Cycle old = as(staff, () -> appraisals.open(u, group, "YEAR", "2021", "ND90", null));
        assertThat(old.packVersion()).isEqualTo(1);
        assertThatThrownBy(() -> as(staff, () -> appraisals.open(u, group, "YEAR", "2026", "QD366", null)))
                .isInstanceOf(BadInputException.class);
        assertThatThrownBy(() ->
                        as(staff, () -> appraisals.open(unit("DU-X-CAMLO"), group, "MONTH", "2026-10", "ND335", null)))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> as(staff, () -> appraisals.open(u, group, "MONTH", "2019-11", "ND335", null)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("ND335");
    }

    @Test
    @DisplayName("EVAL-02/EVAL-19/EVAL-32/EVAL-52..55: one month from work items to the decision, in order")
    void oneMonth() {
        long u = unit("DU-P-DONGHA");
        Who staff = who(AppraisalFixtures.uniqueUser("staff"), u, Role.ORG_STAFF);
        Who head = who(AppraisalFixtures.uniqueUser("head"), u, Role.UNIT_HEAD, Role.CADRE);
        Who cadre = who(AppraisalFixtures.uniqueUser("cadre"), u, Role.CADRE);
        Who committee = who(AppraisalFixtures.uniqueUser("tv"), u, Role.COMMITTEE);
        String job = "Chuyên viên " + AppraisalFixtures.uniqueGroup();
        // The current month, so that the cycle is open whenever the test runs (KPI-04: closes on the 24th after).
        YearMonth month = YearMonth.now(VnFormats.VIETNAM);
        Cycle c = as(
                staff,
                () -> new AppraisalFixtures.Opener(cycleRows, packSelection)
                        .open(u, "MONTH", month.toString(), "ND335", null));
        assertThat(c.deadline()).isEqualTo(month.plusMonths(1).atDay(24));
        long collective = as(
                staff,
                () -> appraisals.addMember(
                        c.id(), "COLLECTIVE", u, null, null, head.username(), "Tập thể đơn vị", null));
        long headM = as(
                staff,
                () -> appraisals.addMember(c.id(), "INDIVIDUAL", u, u, null, head.username(), "Trưởng phòng", null));
        long me = as(
                staff,
                () -> appraisals.addMember(
                        c.id(), "INDIVIDUAL", u, null, null, cadre.username(), "Nguyễn Văn Thử", job));
        long report = as(staff, () -> work.addProduct(job, "BC", "Báo cáo chuyên đề", "C", 2.0));
        long letter = as(staff, () -> work.addProduct(job, "CV", "Công văn", "B", 0.5));
        long i1 = as(head, () -> work.assign(me, report, "Báo cáo quý", 2, month.atDay(20)));
        long i2 = as(head, () -> work.assign(me, letter, "", 4, month.atDay(25)));
        assertThatThrownBy(() -> as(cadre, () -> work.assign(me, report, "x", 1, month.atDay(2))))
                .isInstanceOf(AccessDeniedException.class);
        run(cadre, () -> work.log(i1, 2, month.atDay(22), "xong"));
        run(cadre, () -> work.log(i2, 4, month.atDay(24), null));
        assertThatThrownBy(() -> as(head, () -> {
                    work.log(i1, 1, month.atDay(22), null);
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        run(head, () -> work.confirm(i1, true, 1, 1));
        run(head, () -> work.confirm(i2, true, 0, 0));
        // converted: 4 (report) + 2 (letters); quality 4×0.75 + 2 = 5/6; timeliness same.
        TaskResult r = as(cadre, () -> work.result(me));
        assertThat(r.quantityPct()).isEqualTo(100.0);
        assertThat(r.qualityPct()).isEqualTo(83.33);
        assertThat(r.timelinessPct()).isEqualTo(83.33);
        run(committee, () -> work.approveCause(i1, "Mất điện diện rộng"));
        assertThat(as(cadre, () -> work.result(me)).qualityPct()).isEqualTo(100.0);

        // Step 1: only the owner; the draft is hidden from others until submitted.
        assertThatThrownBy(() -> as(head, () -> {
                    appraisals.selfAssess(me, 90, Grade.HTXSNV, "x", false);
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        run(cadre, () -> appraisals.selfAssess(me, 88, Grade.HTTNV, "Tự nhận xét", false));
        assertThat(as(head, () -> appraisals.members(c.id())).stream()
                        .filter(m -> m.id() == me)
                        .findFirst()
                        .orElseThrow()
                        .selfGrade())
                .isNull();
        assertThatThrownBy(() -> as(head, () -> {
                    appraisals.appraise(me, Grade.HTTNV, "");
                    return null;
                }))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("EVAL-02");
        run(cadre, () -> appraisals.selfAssess(me, 88, Grade.HTTNV, "Tự nhận xét", true));
        assertThatThrownBy(() -> as(cadre, () -> {
                    appraisals.selfAssess(me, 95, Grade.HTXSNV, "", true);
                    return null;
                }))
                .isInstanceOf(BadInputException.class);
        assertThat(as(cadre, () -> appraisals.queues()).toSelfAssess())
                .extracting(Member::id)
                .doesNotContain(me);
        assertThat(as(head, () -> appraisals.queues()).toAppraise())
                .extracting(Member::id)
                .contains(me);

        // Step 2 in order: the collective before its members and its head (EVAL-32).
        assertThatThrownBy(() -> as(head, () -> {
                    appraisals.appraise(me, Grade.HTTNV, "");
                    return null;
                }))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("EVAL-32");
        run(head, () -> appraisals.selfAssess(collective, 85, Grade.HTTNV, "Báo cáo Mẫu 01", true));
        run(head, () -> appraisals.selfAssess(headM, 90, Grade.HTXSNV, "", true));
        run(head, () -> appraisals.appraise(collective, Grade.HTTNV, "Đề nghị"));
        run(head, () -> appraisals.appraise(me, Grade.HTTNV, "Đồng ý"));
        run(head, () -> appraisals.appraise(headM, Grade.HTTNV, ""));

        // Step 3: COMMITTEE only, collectives first, heads after their unit.
        assertThatThrownBy(() -> as(head, () -> {
                    appraisals.decide(me, Grade.HTTNV, "");
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(committee, () -> {
                    appraisals.decide(headM, Grade.HTTNV, "");
                    return null;
                }))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("người đứng đầu");
        assertThat(as(committee, () -> appraisals.queues()).toDecide())
                .extracting(Member::id)
                .containsSubsequence(collective, me);
        run(committee, () -> appraisals.decide(collective, Grade.HTTNV, "Báo cáo Mẫu 01", true));
        run(committee, () -> appraisals.decide(headM, Grade.HTTNV, "Không vượt tập thể", true));
        run(committee, () -> appraisals.decide(me, Grade.HTNV, "Hạ một bậc", true));

        Member done = as(staff, () -> appraisals.members(c.id())).stream()
                .filter(m -> m.id() == me)
                .findFirst()
                .orElseThrow();
        assertThat(done.selfGrade()).isEqualTo("HTTNV");
        assertThat(done.apprGrade()).isEqualTo("HTTNV");
        assertThat(done.decidedGrade()).isEqualTo("HTNV");
        assertThat(done.selfBy()).isEqualTo(cadre.username());
        assertThat(done.apprBy()).isEqualTo(head.username());
        assertThat(done.decidedBy()).isEqualTo(committee.username());
        assertThat(done.decidedAt()).isNotNull();
        assertThat(audit.search(committee.username(), "APPR_DECIDE", null, null, 0, 10))
                .hasSize(3);
    }

    @Test
    @DisplayName("EVAL-02: a step after the cycle's deadline is refused with the reason")
    void lateStepRefused() {
        long u = unit("DU-P-DONGHA");
        Who staff = who(AppraisalFixtures.uniqueUser("staff"), u, Role.ORG_STAFF);
        Who cadre = who(AppraisalFixtures.uniqueUser("cadre"), u, Role.CADRE);
        YearMonth past = YearMonth.now(VnFormats.VIETNAM).minusMonths(2);
        Cycle c = as(
                staff,
                () -> new AppraisalFixtures.Opener(cycleRows, packSelection)
                        .open(u, "MONTH", past.toString(), "ND335", null));
        long me = as(
                staff,
                () -> appraisals.addMember(c.id(), "INDIVIDUAL", u, null, null, cadre.username(), "Trễ hạn", null));
        assertThatThrownBy(() -> as(cadre, () -> {
                    appraisals.selfAssess(me, 80, Grade.HTTNV, "", true);
                    return null;
                }))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("đã hết hạn")
                .hasMessageContaining(VnFormats.date(c.deadline()));
    }

    @Test
    @DisplayName("EVAL-02: a member added from the people records takes name, unit and job position from the record")
    void memberFromPeople() {
        long root = unit("TU-QT");
        Who staff = who(AppraisalFixtures.uniqueUser("staff"), root, Role.ORG_STAFF);
        PersonSummary p =
                as(staff, () -> people.search(PersonQuery.all())).items().get(0);
        Cycle c = as(
                staff,
                () -> new AppraisalFixtures.Opener(cycleRows, packSelection)
                        .open(p.unitId(), "QUARTER", "2026-Q1", "ND335", null));
        long id = as(staff, () -> appraisals.addPerson(c.id(), p.id(), "cb" + p.id(), null));
        Member m = appraisals.member(id);
        assertThat(m.displayName()).isEqualTo(p.fullName());
        assertThat(m.unitId()).isEqualTo(p.unitId());
        assertThat(m.personId()).isEqualTo(p.id());
        Who outsider = who(AppraisalFixtures.uniqueUser("staff"), unit("TU-QB"), Role.ORG_STAFF);
        assertThatThrownBy(() -> as(outsider, () -> appraisals.addPerson(c.id(), p.id(), "x", null)))
                .isInstanceOf(OutOfScopeException.class);
    }
}
