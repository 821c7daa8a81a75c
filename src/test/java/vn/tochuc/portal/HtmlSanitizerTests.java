package vn.tochuc.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlSanitizerTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script><p>x</p>",
                "<p onclick=\"alert(1)\">x</p>",
                "<img src=x onerror=alert(1)>",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
                "<a href=\"&#106;avascript:alert(1)\">x</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
                "<svg onload=alert(1)><p>x</p></svg>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<p style=\"background:url(javascript:alert(1))\">x</p>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<scr<script>ipt>alert(1)</script>",
                "<form action=\"https://evil.example\"><input name=a></form>",
                "<body onload=alert(1)>",
                "<img src=\"https://evil.example/track.gif\">",
                "<a href=\"//evil.example\">x</a>"
            })
    void hostileHtmlIsNeutralised(String hostile) {
        String clean = HtmlSanitizer.sanitize(hostile).toLowerCase();
        assertThat(clean)
                .doesNotContain(
                        "<script",
                        "onerror",
                        "onclick",
                        "onload",
                        "javascript:",
                        "data:",
                        "<iframe",
                        "<svg",
                        "style=",
                        "<form",
                        "<input",
                        "evil.example");
    }

    @Test
    void keepsTheEditorialMarkupAndVietnamese() {
        String html = "<h2>Tiêu đề</h2><p class=\"lead\"><strong>Đảng</strong> <em>ủy</em></p>"
                + "<ul><li>một</li></ul><blockquote>trích</blockquote>"
                + "<a href=\"https://quangtri.gov.vn/a\">liên kết</a><img src=\"/anh/12\" alt=\"ảnh\">";
        String clean = HtmlSanitizer.sanitize(html);
        assertThat(clean)
                .contains(
                        "<h2>Tiêu đề</h2>",
                        "<strong>Đảng</strong>",
                        "<em>ủy</em>",
                        "<li>một</li>",
                        "<blockquote>trích</blockquote>",
                        "href=\"https://quangtri.gov.vn/a\"",
                        "src=\"/anh/12\"",
                        "class=\"lead\"");
        // the sanitizer keeps the rel values in a hash set: either order is right
        assertThat(clean).containsPattern("rel=\"(nofollow noopener|noopener nofollow)\"");
    }
}
