package vn.tochuc.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsAndBotRuleTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Hội nghị trực tuyến công tác tổ chức xây dựng Đảng 9 tháng đầu năm 2019|hoi-nghi-truc-tuyen-cong-tac-to-chuc-xay-dung-dang-9-thang-dau-nam-2019",
                "  ĐẶNG THỊ ỨNG: “tự diễn biến”, “tự chuyển hóa”! |dang-thi-ung-tu-dien-bien-tu-chuyen-hoa",
                "Thủy lợi – Hòa Bình|thuy-loi-hoa-binh",
                "!!!|bai-viet"
            })
    void vietnameseSlugs(String title, String slug) {
        assertThat(Slugs.of(title)).isEqualTo(slug);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "GET|Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120 Safari/537.36|true",
                "GET|Mozilla/5.0 (Linux; Android 14) HeadlessChrome/120|true",
                "HEAD|Mozilla/5.0 (X11; Linux x86_64) Chrome/120|false",
                "GET|NULL|false",
                "GET|'   '|false",
                "GET|Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)|false",
                "GET|Mozilla/5.0 (compatible; coccocbot-web/1.0)|false",
                "GET|facebookexternalhit/1.1|false",
                "GET|curl/8.5.0|false",
                "GET|python-requests/2.31|false",
                "GET|Mozilla/5.0 (compatible; Baiduspider/2.0)|false",
                "POST|Mozilla/5.0 Chrome/120|false"
            })
    void botRule(String method, String userAgent, boolean counts) {
        assertThat(BotRule.counts(method, userAgent)).isEqualTo(counts);
    }
}
