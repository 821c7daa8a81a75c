package vn.tochuc.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tochuc.Browser;
import vn.tochuc.Sessions;

/** A real Chromium logs in, navigates by the menu, and submits an htmx form without a page reload. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf("vn.tochuc.Browser#available")
class FoundationBrowserTests {

    @LocalServerPort
    int port;

    @Test
    @DisplayName("login, navigate, create a user with the htmx form, log out")
    void loginNavigateHtmxForm() throws Exception {
        try (Browser b = new Browser(port)) {
            b.open("/dashboard");
            b.await(d -> d.getCurrentUrl().endsWith("/login"));
            assertThat(b.find("h1").getText()).isEqualTo("Đăng nhập");

            b.login("admin", Sessions.ADMIN_PASSWORD);
            assertThat(b.find("h1").getText()).contains("Xin chào");

            b.driver().findElement(By.linkText("Đơn vị")).click();
            b.await(d -> d.getCurrentUrl().endsWith("/organization/units"));
            b.driver().findElement(By.linkText("Đảng bộ tỉnh Quảng Trị")).click();
            b.await(d -> d.findElement(By.id("unit-name")).getText().equals("Đảng bộ tỉnh Quảng Trị"));
            assertThat(b.find(".crumbs").getText()).contains("Đơn vị");

            b.driver().findElement(By.linkText("Tài khoản người dùng")).click();
            b.await(d -> d.getCurrentUrl().endsWith("/admin/users"));
            // A marker that a full page load would wipe out: the form must be swapped in place by htmx.
            ((JavascriptExecutor) b.driver()).executeScript("window.__noReload = true;");
            String username = "trinh.duyet." + System.nanoTime() % 100000;
            b.find("#f-username").sendKeys(username);
            b.find("#f-fullName").sendKeys("Trịnh Thị Duyệt");
            b.find("#f-password").sendKeys("Mat-khau-2026");
            // The unit picker searches without diacritics and swaps its results in with htmx.
            b.find("#pick-homeUnitId-q").sendKeys("dang bo tinh quang tri");
            b.await(d ->
                    d.findElement(By.id("pick-homeUnitId-options")).getText().contains("Đảng bộ tỉnh Quảng Trị"));
            b.driver()
                    .findElement(
                            By.xpath(
                                    "//fieldset[@id='pick-homeUnitId-options']//label[contains(., 'Đảng bộ tỉnh Quảng Trị')]/input"))
                    .click();
            b.find("input[name=roles][value=ORG_STAFF]").click();
            b.find("#user-form-submit").click();
            String created =
                    b.await(d -> d.findElement(By.id("user-form-created")).getText());
            assertThat(created).contains(username);
            assertThat(((JavascriptExecutor) b.driver()).executeScript("return window.__noReload === true;"))
                    .isEqualTo(true);

            b.find("#user-search").sendKeys(username);
            b.await(d -> d.findElement(By.id("users-table")).getText().contains("Trịnh Thị Duyệt"));

            b.find("#logout").click();
            b.await(d -> d.getCurrentUrl().contains("/login?logout"));
            assertThat(b.find("#login-message").getText()).isEqualTo("Bạn đã đăng xuất.");
        }
    }
}
