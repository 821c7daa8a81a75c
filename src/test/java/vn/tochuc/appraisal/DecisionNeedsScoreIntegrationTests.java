package vn.tochuc.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tochuc.appraisal.AppraisalFixtures.as;
import static vn.tochuc.appraisal.AppraisalFixtures.run;
import static vn.tochuc.appraisal.AppraisalFixtures.who;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.tochuc.appraisal.AppraisalFixtures.Who;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.evaluation.Grade;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.Role;

/** Issue 11.10: a grade is decided on the engine's score, or as an explicit manual grade with its reason. */
@SpringBootTest
class DecisionNeedsScoreIntegrationTests {

    @Autowired
    Appraisals appraisals;

    @Autowired
    CycleRepository cycleRows;

    @Autowired
    vn.tochuc.evaluation.PackSelection packSelection;

    @Autowired
    OrgDirectory org;

    @Autowired
    AuditLog audit;

    @Test
    @DisplayName("EVAL-02: no score computed (an input missing) → the decision is refused unless manual and reasoned")
    void unscoredNeedsReasonedManualGrade() {
        long u = org.findByCode("ORGANIZATION", "DU-P-DONGHA").orElseThrow().id();
        MonthSetup setup =
                MonthSetup.open(appraisals, new AppraisalFixtures.Opener(cycleRows, packSelection), u, "ND335");
        Who cadre = who(AppraisalFixtures.uniqueUser("cadre"), u, Role.CADRE);
        long me = setup.member(appraisals, cadre, "Trần Văn Thiếu", setup.job());
        run(cadre, () -> appraisals.selfAssess(me, 80, Grade.HTTNV, "", true));
        run(setup.head(), () -> appraisals.appraise(me, Grade.HTTNV, ""));

        assertThatThrownBy(() -> as(setup.committee(), () -> {
                    appraisals.decide(me, Grade.HTTNV, "");
                    return null;
                }))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("chưa tính được điểm")
                .hasMessageContaining("Trần Văn Thiếu")
                .hasMessageContaining("Thiếu");
        assertThatThrownBy(() -> as(setup.committee(), () -> {
                    appraisals.decide(me, Grade.HTTNV, "Đồng ý", false);
                    return null;
                }))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("chưa tính được điểm");
        assertThatThrownBy(() -> as(setup.committee(), () -> {
                    appraisals.decide(me, Grade.HTTNV, "  ", true);
                    return null;
                }))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("lý do");
        assertThat(decided(setup, me)).isNull();
        assertThat(audit.search(setup.committee().username(), "APPR_DECIDE", null, null, 0, 10))
                .isEmpty();

        run(setup.committee(), () -> appraisals.decide(me, Grade.HTTNV, "Kết luận kiểm tra ngày 20/11", true));
        assertThat(decided(setup, me)).isEqualTo("HTTNV");
        assertThat(audit.search(setup.committee().username(), "APPR_DECIDE", null, null, 0, 10))
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("thủ công").contains("Kết luận kiểm tra ngày 20/11"));
    }

    private String decided(MonthSetup setup, long id) {
        return as(setup.staff(), () -> appraisals.members(setup.cycle().id())).stream()
                .filter(m -> m.id() == id)
                .findFirst()
                .orElseThrow()
                .decidedGrade();
    }
}
