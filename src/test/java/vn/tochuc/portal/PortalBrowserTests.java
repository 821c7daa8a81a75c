package vn.tochuc.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tochuc.Browser;

/** A reader on the real server: reads the source article from the front page, sees the counters move, votes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf("vn.tochuc.Browser#available")
class PortalBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Portal portal;

    static long number(String text) {
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }

    @Test
    void readsTheSourceArticleVotesAndSeesTheCountersMove() throws Exception {
        long poll = portal.createPoll(
                "Bạn có theo dõi hội nghị trực tuyến không?",
                List.of("Có", "Không"),
                OffsetDateTime.now().minusHours(1),
                OffsetDateTime.now().plusHours(1),
                "browser-test");
        try (Browser b = new Browser(port)) {
            b.open("/");
            assertThat(b.find("#box-stats").getText()).isEqualToIgnoringCase("Thống kê truy cập");
            // the front page lists it (newer test articles may push it below the fold): follow its link
            b.driver()
                    .get(b.driver()
                            .findElement(By.linkText(PortalDemoData.FIRST_TITLE))
                            .getAttribute("href"));
            b.await(d -> d.getCurrentUrl().contains("/tin-tuc/hoi-nghi-truc-tuyen-cong-tac-to-chuc"));
            assertThat(b.find("h1").getText()).isEqualTo(PortalDemoData.FIRST_TITLE);
            assertThat(b.find(".lead").getText()).startsWith("(QT) - Chiều nay 30.9.2019");
            assertThat(b.find("figcaption").getText())
                    .isEqualTo("Bí thư Tỉnh ủy Nguyễn Văn Hùng phát biểu tại hội nghị trực tuyến");
            assertThat(b.find(".author").getText()).isEqualTo("Q.H");
            assertThat(b.find(".article-foot .go-top").getText()).isEqualTo("Lên đầu trang");
            assertThat(b.find(".article-foot .views").getText()).matches("Lượt xem: [0-9.]+");
            long views = number(b.find("#view-count").getText());
            assertThat(views).isPositive();
            b.driver().navigate().refresh();
            assertThat(number(b.find("#view-count").getText())).isEqualTo(views + 1);
            b.await(d -> {
                d.navigate().refresh();
                return number(d.findElement(By.id("stat-online")).getText()) >= 1
                        && number(d.findElement(By.id("stat-visits")).getText()) >= 1;
            });

            b.driver().get(b.find("#poll-box a").getAttribute("href"));
            b.await(d -> d.getCurrentUrl().endsWith("/binh-chon/" + poll));
            b.find("input[name=option]").click();
            b.find("#vote-submit").click();
            b.await(d -> d.findElement(By.id("poll-message")).getText().contains("Cảm ơn bạn đã bình chọn"));
            assertThat(b.find("#poll-total").getText()).isEqualTo("Tổng số phiếu: 1");
            b.driver().navigate().refresh();
            assertThat(b.driver().findElements(By.cssSelector("input[name=option]")))
                    .isEmpty();
        } finally {
            portal.closePoll(poll, "browser-test");
        }
    }
}
