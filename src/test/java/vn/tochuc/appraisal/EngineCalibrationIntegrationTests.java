package vn.tochuc.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tochuc.appraisal.AppraisalFixtures.as;
import static vn.tochuc.appraisal.AppraisalFixtures.run;
import static vn.tochuc.appraisal.AppraisalFixtures.who;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import vn.tochuc.appraisal.AppraisalFixtures.Who;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.evaluation.Explanation;
import vn.tochuc.evaluation.Grade;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.OutOfScopeException;
import vn.tochuc.web.Role;

/** The machine's task results feed the engine; the HTXSNV quota is calibrated per peer group before decisions. */
@SpringBootTest
class EngineCalibrationIntegrationTests {

    @Autowired
    Appraisals appraisals;

    @Autowired
    CycleRepository cycleRows;

    @Autowired
    vn.tochuc.evaluation.PackSelection packSelection;

    @Autowired
    WorkItems work;

    @Autowired
    MemberForms forms;

    @Autowired
    Calibrations calibrations;

    @Autowired
    RankRepository ranks;

    @Autowired
    CalibrationRepository store;

    @Autowired
    OrgDirectory org;

    @Autowired
    AuditLog audit;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    long unit(String code) {
        return org.findByCode("ORGANIZATION", code).orElseThrow().id();
    }

    @Test
    @DisplayName(
            "EVAL-51..55: work items' quantity, quality and timeliness feed the ND335 pack; an approved cause removes the deduction")
    void engineFedByWorkItems() {
        long u = unit("DU-P-DONGHA");
        MonthSetup setup =
                MonthSetup.open(appraisals, new AppraisalFixtures.Opener(cycleRows, packSelection), u, "ND335");
        Who staff = setup.staff();
        Who head = setup.head();
        Who committee = setup.committee();
        Who cadre = who(AppraisalFixtures.uniqueUser("cadre"), u, Role.CADRE);
        String job = setup.job();
        YearMonth month = setup.month();
        long me = setup.member(appraisals, cadre, "Lê Thị Máy", job);
        long report = as(staff, () -> work.addProduct(job, "BC", "Báo cáo chuyên đề", "C", 2.0));
        long letter = as(staff, () -> work.addProduct(job, "CV", "Công văn", "B", 0.5));
        long i1 = as(head, () -> work.assign(me, report, "Báo cáo quý", 2, month.atDay(20)));
        long i2 = as(head, () -> work.assign(me, letter, "", 4, month.atDay(25)));
        run(cadre, () -> work.log(i1, 2, month.atDay(22), null));
        run(cadre, () -> work.log(i2, 4, month.atDay(24), null));
        run(head, () -> work.confirm(i1, true, 1, 1));
        run(head, () -> work.confirm(i2, true, 0, 0));
        assertThatThrownBy(() -> as(head, () -> {
                    forms.saveCriteria(me, Map.of("chinhTri", "5"));
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(cadre, () -> {
                    forms.saveCriteria(me, Map.of("chinhTri", "7"));
                    return null;
                }))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("Phẩm chất chính trị");
        run(
                cadre,
                () -> forms.saveCriteria(
                        me,
                        Map.of(
                                "chinhTri",
                                "5",
                                "daoDuc",
                                "5",
                                "vanHoa",
                                "5",
                                "kyLuat",
                                "5",
                                "phucVu",
                                "5",
                                "doiMoi",
                                "5",
                                "assigned",
                                "999")));

        // Converted: 4 (report) + 2 (letters); quality and timeliness 4 × 0.75 + 2 = 5 of 6 (EVAL-54/55).
        MemberForm f = as(cadre, () -> forms.form(me, MemberForms.FORM));
        assertThat(f.tasks().qualityPct()).isEqualTo(83.33);
        assertThat(f.engine().machine())
                .containsEntry("assigned", 6.0)
                .containsEntry("completed", 6.0)
                .containsEntry("qualityFailures", 4.0)
                .containsEntry("delays", 4.0);
        assertThat(f.engine().toEnter()).extracting(i -> i.name()).doesNotContain("assigned");
        assertThat(f.engine().result()).as(f.engine().problem()).isNotNull();
        // 30 + 23,33 + 23,33 × 5/6 + 23,34 × 5/6 = 92,22 (EVAL-51, EVAL-53..56).
        assertThat(f.engine().result().score()).isEqualTo(92.22);
        assertThat(f.engine().result().grade()).isEqualTo(Grade.HTXSNV);
        List<Explanation.Step> steps = f.engine().result().explanation().steps();
        assertThat(steps).extracting(Explanation.Step::ruleId).contains("EVAL-53", "EVAL-54", "EVAL-55");
        assertThat(steps.stream()
                        .filter(s -> s.ruleId().equals("EVAL-54"))
                        .findFirst()
                        .orElseThrow()
                        .points())
                .isEqualTo(19.44);

        // EVAL-54/55: the objective cause approved by the competent level removes both deductions.
        run(committee, () -> work.approveCause(i1, "Mất điện diện rộng"));
        MemberForm after = as(head, () -> forms.form(me, MemberForms.FORM));
        assertThat(after.engine().machine())
                .containsEntry("qualityFailures", 0.0)
                .containsEntry("delays", 0.0);
        assertThat(after.engine().result().score()).isEqualTo(100.0);
        assertThat(audit.search(head.username(), "READ", null, null, 0, 10)).isNotEmpty();
        Who stranger = who(AppraisalFixtures.uniqueUser("cadre"), u, Role.CADRE);
        assertThatThrownBy(() -> as(stranger, () -> forms.form(me, MemberForms.FORM)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName(
            "KPI-02/§1.7 point 2: candidates above the HTXSNV cap block decisions until the committee keeps or lowers each with a reason")
    void quotaCalibration() {
        long u = unit("DU-P-DONGHA");
        MonthSetup setup =
                MonthSetup.open(appraisals, new AppraisalFixtures.Opener(cycleRows, packSelection), u, "HN3814");
        Who head = setup.head();
        Who committee = setup.committee();
        Cycle c = setup.cycle();
        // KPI-02: A (HTXSNV) ≤ 30% of those graded, rounded down: 4 graded → 1 allowed.
        String[] names = {"Ánh Một", "Bình Hai", "Cúc Ba", "Dũng Bốn"};
        long[] ids = proposeFour(setup, u, names, Grade.HTXSNV, Grade.HTXSNV, Grade.HTTNV, Grade.HTTNV);
        List<CalibrationGroup> groups = as(committee, () -> calibrations.groups(c.id()));
        assertThat(groups).hasSize(1);
        CalibrationGroup g = groups.get(0);
        assertThat(g.quota().rule()).isEqualTo("KPI-02");
        assertThat(g.quota().allowed()).isEqualTo(1);
        assertThat(g.candidates()).extracting(r -> r.member().id()).containsExactly(ids[0], ids[1]);
        assertThat(g.candidates().get(1).candidate().referredToAuthority()).isTrue();
        assertThat(g.candidates().get(1).candidate().reason()).contains("vượt hạn mức 1");
        assertThat(g.conflict()).isTrue();
        // The appraisal step recorded each member's rank (engine score or none, peer group): the quota reads it.
        Map<Long, RankRepository.Rank> recorded = ranks.ranks(c.id());
        assertThat(recorded).containsKeys(ids[0], ids[1], ids[2], ids[3]);
        assertThat(recorded.values()).allSatisfy(r -> assertThat(r.peerGroup()).isEqualTo(g.peerGroup()));
        ranks.save(ids[1], c.id(), g.peerGroup(), 99.0);
        CalibrationGroup flipped =
                as(committee, () -> calibrations.groups(c.id())).get(0);
        assertThat(flipped.candidates()).extracting(r -> r.member().id()).containsExactly(ids[1], ids[0]);
        assertThat(flipped.candidates().get(0).engineScored()).isTrue();
        ranks.save(ids[1], c.id(), g.peerGroup(), recorded.get(ids[1]).score());

        assertThatThrownBy(() -> as(committee, () -> {
                    appraisals.decide(ids[2], Grade.HTTNV, "");
                    return null;
                }))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("KPI-02")
                .hasMessageContaining(names[1]);
        assertThatThrownBy(() -> as(committee, () -> {
                    calibrations.decide(c.id(), ids[1], Calibrations.LOWER, " ");
                    return null;
                }))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("lý do");
        assertThatThrownBy(() -> as(head, () -> calibrations.groups(c.id()))).isInstanceOf(AccessDeniedException.class);
        Who outsider = who(AppraisalFixtures.uniqueUser("tv"), unit("TU-QB"), Role.COMMITTEE);
        assertThatThrownBy(() -> as(outsider, () -> calibrations.groups(c.id())))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> as(committee, () -> {
                    calibrations.decide(c.id(), ids[2], Calibrations.KEEP, "x");
                    return null;
                }))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("không được đề xuất HTXSNV");

        run(committee, () -> calibrations.decide(c.id(), ids[1], Calibrations.LOWER, "Hạng 2, vượt 30%"));
        assertThat(as(committee, () -> calibrations.groups(c.id())).get(0).conflict())
                .isFalse();
        assertThatThrownBy(() -> as(committee, () -> {
                    appraisals.decide(ids[1], Grade.HTXSNV, "");
                    return null;
                }))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("đã được hạ xuống HTTNV");
        run(committee, () -> appraisals.decide(ids[1], Grade.HTTNV, "Theo hiệu chỉnh hạn mức", true));
        run(committee, () -> appraisals.decide(ids[0], Grade.HTXSNV, "Tự chấm 95, không có đầu vào", true));
        assertThat(audit.search(committee.username(), "APPR_CALIBRATE", null, null, 0, 10))
                .hasSize(1);
    }

    @Test
    @DisplayName(
            "§1.7 point 2: the decision on one candidate reads its peer group's recorded ranks and records what the recomputed screen shows")
    void decisionFromRecordedRanksEqualsTheRecomputedOne() {
        Proposed proposed = threeProposedOfFour("Mai Một", "Nam Hai", "Oanh Ba", "Phúc Bốn");
        long[] ids = proposed.ids();
        Cycle c = proposed.setup().cycle();
        Who committee = proposed.setup().committee();
        String group = ranks.peerGroupOf(ids[0]).orElseThrow();
        // The recorded rank puts the third first; the second was appraised before ranks were kept (scored now).
        ranks.save(ids[2], c.id(), group, 99.0);
        jdbc.sql("delete from appr_rank where member_id = :m")
                .param("m", ids[1])
                .update();
        CalibrationGroup before =
                as(committee, () -> calibrations.groups(c.id())).get(0);
        assertThat(before.candidates()).extracting(r -> r.member().id()).containsExactly(ids[2], ids[0], ids[1]);

        run(committee, () -> calibrations.decide(c.id(), ids[2], Calibrations.KEEP, "Hạng 1"));
        run(committee, () -> calibrations.decide(c.id(), ids[0], Calibrations.KEEP, "Giữ trước"));
        run(committee, () -> calibrations.decide(c.id(), ids[0], Calibrations.LOWER, "Vượt hạn mức"));
        run(committee, () -> calibrations.decide(c.id(), ids[1], Calibrations.LOWER, "Vượt hạn mức"));
        assertThatThrownBy(() -> as(committee, () -> {
                    calibrations.decide(c.id(), ids[3], Calibrations.KEEP, "x");
                    return null;
                }))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("không được đề xuất HTXSNV");
        Map<Long, CalibrationDecision> decided = store.current(c.id());
        for (CalibrationGroup.Row row : before.candidates()) {
            CalibrationDecision d = decided.get(row.member().id());
            assertThat(d.rank()).isEqualTo(row.candidate().rank());
            assertThat(d.allowed()).isEqualTo(before.quota().allowed());
            assertThat(d.peerGroup()).isEqualTo(before.peerGroup());
        }
        assertThat(store.currentOf(c.id(), ids[0]).orElseThrow().lowered()).isTrue();
        assertThat(as(committee, () -> calibrations.groups(c.id())).get(0).conflict())
                .isFalse();
        // Deciding records no rank: the member appraised before ranks were kept still has none.
        assertThat(ranks.ranks(c.id())).doesNotContainKey(ids[1]);
    }

    /** A HN3814 month cycle with its four members, in the order of {@link #proposeFour}. */
    private record Proposed(MonthSetup setup, long[] ids) {}

    /** Four members of a new HN3814 month cycle, the first three proposed HTXSNV and the last HTTNV. */
    private Proposed threeProposedOfFour(String... names) {
        long u = unit("DU-P-DONGHA");
        MonthSetup setup =
                MonthSetup.open(appraisals, new AppraisalFixtures.Opener(cycleRows, packSelection), u, "HN3814");
        return new Proposed(setup, proposeFour(setup, u, names, Grade.HTXSNV, Grade.HTXSNV, Grade.HTXSNV, Grade.HTTNV));
    }

    /** Four members self-assessed with scores 95, 92, 80, 75 and appraised with the given grades. */
    private long[] proposeFour(MonthSetup setup, long u, String[] names, Grade... proposed) {
        double[] scores = {95, 92, 80, 75};
        long[] ids = new long[4];
        for (int i = 0; i < 4; i++) {
            Who cadre = who(AppraisalFixtures.uniqueUser("cadre"), u, Role.CADRE);
            int k = i;
            ids[i] = setup.member(
                    appraisals, cadre, names[k] + " " + setup.cycle().targetGroup(), null);
            run(cadre, () -> appraisals.selfAssess(ids[k], scores[k], proposed[k], "", true));
            run(setup.head(), () -> appraisals.appraise(ids[k], proposed[k], "Đề xuất"));
        }
        return ids;
    }

    @Test
    @DisplayName(
            "KPI-02/§1.7 point 2: the committee lowers everyone above the cap at once, only with a reason, each audited")
    void lowerAllAboveTheCap() {
        Proposed proposed = threeProposedOfFour("Gia Một", "Hà Hai", "Khánh Ba", "Lâm Bốn");
        MonthSetup setup = proposed.setup();
        Who committee = setup.committee();
        Cycle c = setup.cycle();
        // 3 proposed HTXSNV of 4 graded, 1 allowed (30% rounded down): ranks 2 and 3 are above the cap.
        long[] ids = proposed.ids();
        CalibrationGroup g = as(committee, () -> calibrations.groups(c.id())).get(0);
        assertThat(g.openAboveCap()).isEqualTo(2);
        assertThatThrownBy(() -> as(committee, () -> calibrations.lowerAllAboveCap(c.id(), g.peerGroup(), " ")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("lý do");
        assertThatThrownBy(() -> as(setup.head(), () -> calibrations.lowerAllAboveCap(c.id(), g.peerGroup(), "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(committee, () -> calibrations.lowerAllAboveCap(c.id(), g.peerGroup(), "Vượt 30% (KPI-02)")))
                .isEqualTo(2);
        CalibrationGroup after =
                as(committee, () -> calibrations.groups(c.id())).get(0);
        assertThat(after.conflict()).isFalse();
        assertThat(after.openAboveCap()).isZero();
        assertThat(after.candidates())
                .filteredOn(r -> r.decision() != null)
                .extracting(r -> r.member().id())
                .containsExactlyInAnyOrder(ids[1], ids[2]);
        assertThat(audit.search(committee.username(), "APPR_CALIBRATE", null, null, 0, 10))
                .hasSize(2);
        run(committee, () -> appraisals.decide(ids[0], Grade.HTXSNV, "Tự chấm 95, không có đầu vào", true));
    }

    @Test
    @DisplayName(
            "EVAL-45: under NĐ 48 the cap needs the Party-side share: every HTXSNV candidate is referred and needs a decision")
    void partyShareQuotaReferred() {
        long u = unit("DU-P-DONGHA");
        Who staff = who(AppraisalFixtures.uniqueUser("staff"), u, Role.ORG_STAFF);
        Who head = who(AppraisalFixtures.uniqueUser("head"), u, Role.UNIT_HEAD);
        Who committee = who(AppraisalFixtures.uniqueUser("tv"), u, Role.COMMITTEE);
        long cycleId = MonthSetup.insertYearCycle(
                jdbc,
                u,
                AppraisalFixtures.uniqueGroup(),
                2025,
                "ND90",
                2,
                java.time.LocalDate.now(VnFormats.VIETNAM).plusDays(10));
        Who cadre = who(AppraisalFixtures.uniqueUser("cadre"), u, Role.CADRE);
        long me = as(
                staff,
                () -> appraisals.addMember(
                        cycleId, "INDIVIDUAL", u, null, null, cadre.username(), "Quách Thị Nga", null));
        run(cadre, () -> appraisals.selfAssess(me, 92, Grade.HTXSNV, "", true));
        run(head, () -> appraisals.appraise(me, Grade.HTXSNV, ""));
        CalibrationGroup g = as(committee, () -> calibrations.groups(cycleId)).get(0);
        assertThat(g.quota().rule()).isEqualTo("EVAL-45");
        assertThat(g.candidates())
                .singleElement()
                .satisfies(r ->
                        assertThat(r.candidate().reason()).contains("EVAL-45").contains("Trình cấp có thẩm quyền"));
        assertThatThrownBy(() -> as(committee, () -> {
                    appraisals.decide(me, Grade.HTXSNV, "");
                    return null;
                }))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("Quách Thị Nga");
        run(committee, () -> calibrations.decide(cycleId, me, Calibrations.KEEP, "Đảng viên HTXSNV bên Đảng"));
        run(committee, () -> appraisals.decide(me, Grade.HTXSNV, "Đảng viên HTXSNV bên Đảng", true));
        assertThat(appraisals.member(me).decidedGrade()).isEqualTo("HTXSNV");
    }
}
