package vn.tochuc.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tochuc.appraisal.AppraisalFixtures.as;
import static vn.tochuc.appraisal.AppraisalFixtures.run;
import static vn.tochuc.appraisal.AppraisalFixtures.who;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tochuc.Browser;
import vn.tochuc.OfficerText;
import vn.tochuc.appraisal.AppraisalFixtures.Who;
import vn.tochuc.evaluation.Grade;
import vn.tochuc.identity.NewUser;
import vn.tochuc.identity.Users;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.Role;

/**
 * Issue 11 point 13: the appraisal pages an officer reads show Vietnamese names, not the codes of the data
 * (target groups, packs, rounding rules) nor rule IDs, which stay in the closed "căn cứ" details.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf("vn.tochuc.Browser#available")
class OfficerTextBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    Appraisals appraisals;

    @Autowired
    OrgDirectory org;

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName(
            "EVAL-13, EVAL-19, EVAL-32, EVAL-60: cycles, cycle, calibration, member form, queue, waiting and dashboard show no raw code outside the căn cứ details")
    void noRawCodes() throws Exception {
        long parent =
                org.findByCode("ORGANIZATION", "DU-P-DONGHA").orElseThrow().id();
        long u = AppraisalFixtures.testUnit(jdbc, parent);
        Who admin = who("admin", parent, Role.ADMIN);
        String name = AppraisalFixtures.uniqueUser("tctu");
        as(
                admin,
                () -> users.create(new NewUser(
                        name,
                        "Cán bộ tổ chức",
                        AppraisalBrowserTests.PASSWORD,
                        parent,
                        false,
                        Set.of(),
                        Set.of(Role.ORG_STAFF, Role.UNIT_HEAD, Role.COMMITTEE))));
        Who officer = who(name, parent, Role.ORG_STAFF, Role.UNIT_HEAD, Role.COMMITTEE);
        Cycle c = as(
                officer,
                () -> appraisals.open(
                        u,
                        "CONG_CHUC",
                        "MONTH",
                        YearMonth.now(VnFormats.VIETNAM).toString(),
                        "ND335",
                        null));
        long[] ids = new long[2];
        for (int i = 0; i < 2; i++) {
            Who cadre = who(AppraisalFixtures.uniqueUser("cv"), u, Role.CADRE);
            ids[i] = as(
                    officer,
                    () -> appraisals.addMember(
                            c.id(),
                            "INDIVIDUAL",
                            u,
                            null,
                            null,
                            cadre.username(),
                            "Trần Thị Mẫu " + cadre.username().hashCode(),
                            "Chuyên viên"));
            long id = ids[i];
            run(cadre, () -> appraisals.selfAssess(id, 95, Grade.HTXSNV, "Hoàn thành vượt mức", true));
            run(officer, () -> appraisals.appraise(id, Grade.HTXSNV, "Đồng ý"));
        }

        try (Browser b = new Browser(port)) {
            b.login(name, AppraisalBrowserTests.PASSWORD);
            for (String page : List.of(
                    "/appraisal/cycles",
                    "/appraisal/cycles/" + c.id(),
                    "/appraisal/cycles/" + c.id() + "/calibration",
                    "/appraisal/members/" + ids[0],
                    "/appraisal/queue",
                    "/appraisal/waiting",
                    "/appraisal/dashboard?cycle=" + c.id())) {
                b.open(page);
                b.find("main");
                String text = OfficerText.outsideDetails(b, "main");
                assertThat(OfficerText.rawCode(text)).as(page + " in\n" + text).isNull();
            }
            b.open("/appraisal/cycles/" + c.id() + "/calibration");
            String text = b.find("main").getText();
            assertThat(text).contains("Công chức không giữ chức vụ lãnh đạo").contains("làm tròn xuống");
            // The rule stays in the căn cứ detail, shown when opened.
            b.find("details.basis summary").click();
            assertThat(b.find("details.basis").getText()).contains("EVAL-60");
        }
    }
}
