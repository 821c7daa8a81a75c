package vn.tochuc.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tochuc.Browser;
import vn.tochuc.Sessions;
import vn.tochuc.identity.NewUser;
import vn.tochuc.identity.Users;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.shared.UnitScope;
import vn.tochuc.web.Role;

/**
 * Issue 11 item 1: the administrator links a self-service account to its person record with the person picker;
 * the cadre, signed in with only the role CADRE and a province-wide home unit, sees their own record (CCCD
 * included) and gets the Vietnamese 403 page on another person's record and on the export.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf("vn.tochuc.Browser#available")
class SelfServiceBrowserTests {

    static final String PASSWORD = "Mat-khau-2026";

    @LocalServerPort
    int port;

    @Autowired
    PersonService service;

    @Autowired
    Users users;

    @Autowired
    OrgDirectory org;

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName(
            "a self-service cadre opens their own record, and gets the 403 page on another's record and the export")
    void cadreReadsOnlyTheirOwnRecord() throws Exception {
        long province = org.findByCode("ORGANIZATION", "TU-QT").orElseThrow().id();
        String username = "cb.tu.phuc.vu." + System.nanoTime() % 100000;
        long own;
        long other;
        long account;
        PeopleFixtures.signIn("admin", UnitScope.everything(), Role.ADMIN, Role.ORG_STAFF);
        try {
            long unit = PeopleFixtures.unit(jdbc, "Phòng tự phục vụ thử", province);
            own = PeopleFixtures.create(
                    service, "Phan Thị Ngọc Diệp", LocalDate.of(1988, 9, 14), Sex.F, unit, "Chuyên viên");
            other = PeopleFixtures.create(
                    service, "Võ Văn Người Khác", LocalDate.of(1975, 2, 3), Sex.M, unit, "Trưởng phòng");
            account = users.create(new NewUser(
                    username, "Phan Thị Ngọc Diệp", PASSWORD, province, false, Set.of(), Set.of(Role.CADRE)));
        } finally {
            PeopleFixtures.signOut();
        }
        String cccd = jdbc.sql("select id_number from people_person where id = :id")
                .param("id", own)
                .query(String.class)
                .single();

        // The administrator links the account to the record with the picker (a name search, not a typed id).
        try (Browser b = new Browser(port)) {
            b.login("admin", Sessions.ADMIN_PASSWORD);
            b.open("/admin/users/" + account);
            b.find("#p-personQuery").sendKeys("phan thi ngoc diep");
            b.await(d -> !d.findElements(By.cssSelector("#person-pick input[value='" + own + "']"))
                    .isEmpty());
            b.find("#person-pick input[value='" + own + "']").click();
            b.find("#user-person-submit").click();
            b.await(d -> d.findElement(By.id("user-person-current")).getText().contains("Phan Thị Ngọc Diệp"));
        }

        try (Browser b = new Browser(port)) {
            b.login(username, PASSWORD);
            // The menu shows no screen the role cannot open.
            assertThat(b.driver().findElements(By.linkText("Đơn vị"))).isEmpty();
            b.driver().findElement(By.linkText("Hồ sơ cán bộ")).click();
            b.await(d -> d.getCurrentUrl().endsWith("/people/" + own));
            assertThat(b.find("#person-name").getText()).isEqualTo("Phan Thị Ngọc Diệp");
            assertThat(b.find("#person-items").getText()).contains(cccd);
            assertThat(b.driver().findElements(By.id("person-sensitive-hidden")))
                    .isEmpty();
            assertThat(b.driver().findElements(By.id("person-edit"))).isEmpty();

            b.open("/people/" + other);
            b.await(d -> d.findElement(By.tagName("h1")).getText().equals("Lỗi 403"));
            assertThat(b.find(".error-message").getText()).isEqualTo("Bạn không có quyền thực hiện thao tác này.");
            assertThat(b.driver().getPageSource()).doesNotContain("Võ Văn Người Khác");

            b.open("/people/export.xlsx");
            b.await(d -> d.findElement(By.tagName("h1")).getText().equals("Lỗi 403"));
            assertThat(b.find(".error-message").getText()).isEqualTo("Bạn không có quyền thực hiện thao tác này.");
        }
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where actor = :u and outcome = 'DENIED'
                  and target_id = '/people/export.xlsx'
                """).param("u", username).query(Long.class).single())
                .isPositive();
    }
}
