package vn.tochuc.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tochuc.appraisal.AppraisalFixtures.as;
import static vn.tochuc.appraisal.AppraisalFixtures.run;
import static vn.tochuc.appraisal.AppraisalFixtures.who;

import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tochuc.Browser;
import vn.tochuc.appraisal.AppraisalFixtures.Who;
import vn.tochuc.evaluation.Grade;
import vn.tochuc.identity.NewUser;
import vn.tochuc.identity.Users;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.Role;

/**
 * Issue 6 "done when": one month walked through in Chromium with a real login per role: the head assigns an item,
 * the cadre logs the work, the head confirms quality, the cadre self-assesses with the engine's score, the head
 * appraises, the committee's decision is refused over a quota conflict, resolved on the calibration screen, then
 * taken; the evaluation form PDF downloads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf("vn.tochuc.Browser#available")
class AppraisalBrowserTests {

    static final String PASSWORD = "Mat-khau-2026";

    @LocalServerPort
    int port;

    @Autowired
    Users users;

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

    Who account(Who admin, String prefix, long unit, Role... roles) {
        String name = AppraisalFixtures.uniqueUser(prefix);
        as(
                admin,
                () -> users.create(
                        new NewUser(name, "Người dùng " + prefix, PASSWORD, unit, false, Set.of(), Set.of(roles))));
        return who(name, unit, roles);
    }

    /** Clicks a submit control and waits for the page it belongs to to be replaced (no race with what follows). */
    static void submit(Browser b, String css) {
        WebElement el = b.find(css);
        el.click();
        b.awaitReplaced(el);
    }

    static void signIn(Browser b, Who who) {
        b.driver().manage().deleteAllCookies();
        b.login(who.username(), PASSWORD);
    }

    @Test
    @DisplayName(
            "EVAL-02/EVAL-52..55/KPI-02: a month from work items to the decision, quota conflict resolved on the calibration screen, PDF form")
    void oneMonthInTheBrowser() throws Exception {
        long u = org.findByCode("ORGANIZATION", "DU-P-DONGHA").orElseThrow().id();
        Who admin = who("admin", u, Role.ADMIN);
        Who head = account(admin, "tp", u, Role.UNIT_HEAD, Role.CADRE);
        Who cadre = account(admin, "cv", u, Role.CADRE);
        Who committee = account(admin, "tv", u, Role.COMMITTEE);
        Who staff = who(AppraisalFixtures.uniqueUser("staff"), u, Role.ORG_STAFF);
        String job = "Chuyên viên " + AppraisalFixtures.uniqueGroup();
        YearMonth month = YearMonth.now(VnFormats.VIETNAM);
        Cycle c = as(
                staff,
                () -> new AppraisalFixtures.Opener(cycleRows, packSelection)
                        .open(u, "MONTH", month.toString(), "HN3814", null));
        as(staff, () -> work.addProduct(job, "BC", "Báo cáo chuyên đề", "C", 2.0));
        long me = as(
                staff,
                () -> appraisals.addMember(
                        c.id(), "INDIVIDUAL", u, null, null, cadre.username(), "Vũ Thị Thanh Hương", job));
        // Three peers of the same group, proposed by the head beforehand (KPI-02: A ≤ 30% of 4 graded → 1).
        String[] peers = {"Hoàng Minh Khôi", "Trần Quốc Bảo", "Lý Thu Trang"};
        Grade[] grades = {Grade.HTXSNV, Grade.HTTNV, Grade.HTTNV};
        long[] peerIds = new long[3];
        for (int i = 0; i < 3; i++) {
            Who p = who(AppraisalFixtures.uniqueUser("cb"), u, Role.CADRE);
            int k = i;
            peerIds[i] = as(
                    staff,
                    () -> appraisals.addMember(c.id(), "INDIVIDUAL", u, null, null, p.username(), peers[k], null));
            run(p, () -> appraisals.selfAssess(peerIds[k], 86, grades[k], "", true));
            run(head, () -> appraisals.appraise(peerIds[k], grades[k], "Đề xuất"));
        }
        String due = VnFormats.date(month.atDay(20));
        try (Browser b = new Browser(port)) {
            // The head assigns a work item.
            signIn(b, head);
            b.open("/appraisal/members/" + me + "/items");
            b.find("#a-title").sendKeys("Báo cáo chuyên đề tháng");
            b.find("#a-qty").sendKeys("2");
            b.find("#a-due").sendKeys(due);
            submit(b, "form[action$='/items'] button[type=submit]");
            b.await(d -> d.getPageSource().contains("Báo cáo chuyên đề tháng"));

            // The cadre logs the work, enters the criteria and sees the engine's score, then self-assesses.
            signIn(b, cadre);
            b.open("/appraisal/mine");
            b.find("input[name=done]").sendKeys("2");
            b.find("input[name=on]").sendKeys(VnFormats.date(month.atDay(18)));
            submit(b, "form[action$='/log'] button");
            b.await(d -> d.getPageSource().contains("2 · " + VnFormats.date(month.atDay(18))));

            signIn(b, head);
            b.open("/appraisal/members/" + me + "/items");
            submit(b, "form[action$='/confirm'] button");
            b.await(d -> d.getPageSource().contains("0 lỗi lớn, 0 lần chậm"));

            signIn(b, cadre);
            b.open("/appraisal/members/" + me);
            submit(b, "#criteria-save");
            // 20 (discipline) + 70 (all done, passed, on time) = 90 → HTXSNV (KPI-02), with the explanation.
            String score = b.await(d -> d.findElement(By.id("engine-score")).getText());
            assertThat(score).contains("90").contains("HTXSNV");
            assertThat(b.find("#engine-explanation").getText())
                    .contains("EVAL-54")
                    .contains("EVAL-55");
            b.open("/appraisal/mine");
            // The self-assessment starts from the engine's score.
            assertThat(b.find("#engine-" + me).getText()).contains("90");
            assertThat(b.find("#s-score-" + me).getAttribute("value")).isEqualTo("90");
            new Select(b.find("#s-grade-" + me)).selectByValue("HTXSNV");
            b.find("#s-comment-" + me).sendKeys("Hoàn thành đúng hạn, đạt chất lượng");
            submit(b, "button[name=submit][value=true]");
            b.await(d -> d.findElements(By.id("s-score-" + me)).isEmpty());

            // The head appraises, after reading the engine's score and explanation from the queue.
            signIn(b, head);
            b.open("/appraisal/queue");
            b.find("a[href='/appraisal/members/" + me + "']").click();
            String seen = b.await(d -> d.findElement(By.id("engine-score")).getText());
            assertThat(seen).contains("90");
            b.open("/appraisal/queue");
            String appraise = "form[action='/appraisal/members/" + me + "/appraise']";
            new Select(b.find(appraise + " select")).selectByValue("HTXSNV");
            b.find(appraise + " input[name=comment]").sendKeys("Đồng ý đề xuất");
            submit(b, appraise + " button");
            b.await(d -> d.findElements(By.cssSelector(appraise)).isEmpty());

            // The committee's decision is refused while the group exceeds the quota, with the reason.
            signIn(b, committee);
            b.open("/appraisal/queue");
            String decide = "form[action='/appraisal/members/" + me + "/decide']";
            new Select(b.find(decide + " select")).selectByValue("HTXSNV");
            submit(b, decide + " button");
            b.await(d -> d.getPageSource().contains("còn vướng hạn mức"));

            // Calibration: the candidate above the cap (rank 2) is lowered with a reason.
            b.open("/appraisal/cycles/" + c.id() + "/calibration");
            assertThat(b.find(".blockers").getText()).contains(peers[0]);
            String row = "#cand-" + peerIds[0];
            assertThat(b.find(row).getText()).contains("vượt hạn mức 1");
            new Select(b.find(row + " select")).selectByValue("LOWER");
            b.find(row + " input[name=reason]").sendKeys("Hạng 2, vượt tỷ lệ 30% (KPI-02)");
            submit(b, row + " button");
            b.await(d -> d.findElements(By.cssSelector(".resolved")).size() == 1);

            b.open("/appraisal/queue");
            new Select(b.find(decide + " select")).selectByValue("HTXSNV");
            submit(b, decide + " button");
            b.await(d -> d.findElements(By.cssSelector(decide)).isEmpty());
            b.open("/appraisal/cycles/" + c.id());
            assertThat(b.find("table.data").getText()).contains("HTXSNV · " + committee.username());

            // The evaluation form downloads as a PDF.
            b.open("/appraisal/members/" + me);
            String href = b.find("#form-pdf").getAttribute("href");
            Object type = ((JavascriptExecutor) b.driver())
                    .executeAsyncScript(
                            "const done = arguments[arguments.length - 1];"
                                    + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')))"
                                    + ".catch(e => done('error ' + e));",
                            href);
            assertThat(type).isEqualTo("200 application/pdf");
        }
    }
}
