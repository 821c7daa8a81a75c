package vn.tochuc.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.tochuc.Browser;
import vn.tochuc.OfficerText;
import vn.tochuc.TestPrincipals;
import vn.tochuc.identity.NewUser;
import vn.tochuc.identity.Users;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.shared.UnitScope;
import vn.tochuc.web.Role;

/**
 * Issue 11 point 14: an officer of the organization committee fills the dry-run and what-if forms built from the
 * pack (no JSON), reads Vietnamese labels, units and ranges, and sees the result.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf("vn.tochuc.Browser#available")
class DryRunBrowserTests {

    static final String PASSWORD = "Mat-khau-2026";

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    OrgDirectory org;

    String officer;

    @BeforeEach
    void officer() {
        long province = org.findByCode("ORGANIZATION", "TU-QT").orElseThrow().id();
        officer = "cb.chay.thu." + System.nanoTime() % 100000;
        var admin = new TestPrincipals.User(1, "admin", "admin", Set.of(Role.ADMIN), null, UnitScope.everything());
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        admin, "n/a", Set.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        try {
            users.create(new NewUser(
                    officer, "Cán bộ Ban Tổ chức", PASSWORD, province, false, Set.of(), Set.of(Role.ORG_STAFF)));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static void type(WebElement field, String value) {
        field.clear();
        field.sendKeys(value);
    }

    static void noRawCode(Browser b, String css) {
        String text = OfficerText.outsideDetails(b, css);
        assertThat(OfficerText.rawCode(text)).as(css + " in\n" + text).isNull();
    }

    /** Presses {@code css} and waits for the page it posts to. */
    static void submit(Browser b, String css) {
        WebElement button = b.find(css);
        button.click();
        b.awaitReplaced(button);
    }

    /** A browser with the officer signed in, at {@code path}. */
    Browser officerAt(String path) throws Exception {
        Browser b = new Browser(port);
        b.login(officer, PASSWORD);
        b.open(path);
        return b;
    }

    @Test
    @DisplayName("EVAL-12, EVAL-31: the officer fills the dry-run form, ticks an event and reads the grade")
    void dryRun() throws Exception {
        try (Browser b = officerAt("/evaluation/dry-run?pack=QD366:1&group=KHONG_LANH_DAO")) {
            WebElement form = b.find("#dryrun-form");
            assertThat(form.getText())
                    .contains("Phẩm chất chính trị")
                    .contains("Tỷ lệ nhiệm vụ hoàn thành")
                    .contains("Bị kỷ luật trong năm")
                    .contains("từ 0 đến 100");
            assertThat(b.find("#f-s1-in-tasksCompletedPct").getAttribute("max")).isEqualTo("100");
            noRawCode(b, "#dryrun-form");
            assertThat(b.find("#dryrun-json").getAttribute("open")).isNull();

            type(b.find("#f-s1-in-doiMoi"), "4");
            b.find("label[for='f-s1-ev-DISCIPLINED']").click();
            submit(b, "#dryrun-run");
            String result = b.find("#dryrun-result").getText();
            assertThat(result)
                    .contains("97 điểm, KHTNV (Không hoàn thành nhiệm vụ)")
                    .contains("Bị kỷ luật trong năm");
            // the values typed stay in the form
            assertThat(b.find("#f-s1-in-doiMoi").getAttribute("value")).isEqualTo("4");
            assertThat(b.find("#f-s1-ev-DISCIPLINED").isSelected()).isTrue();
        }
    }

    @Test
    @DisplayName("EVAL-14: the officer raises the top threshold in the what-if form and sees who moves")
    void whatIf() throws Exception {
        try (Browser b = officerAt("/evaluation/what-if?pack=QD366&group=KHONG_LANH_DAO")) {
            assertThat(b.find("#whatif-form").getText())
                    .contains("Điểm tối thiểu để đạt mức «Hoàn thành xuất sắc nhiệm vụ»")
                    .contains("Phẩm chất chính trị");
            noRawCode(b, "#whatif-form");
            type(b.find("#f-draft-band-HTXSNV"), "99");
            submit(b, "#whatif-run");
            String rows = b.find("#whatif-result").getText();
            assertThat(rows)
                    .contains("98 điểm · HTXSNV")
                    .contains("98 điểm · HTTNV")
                    .contains("Có");
        }
    }
}
