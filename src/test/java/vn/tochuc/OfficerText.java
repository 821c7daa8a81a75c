package vn.tochuc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Issue 11 point 13 for browser tests: the codes of the data an officer must not read on a page (target groups,
 * pack codes, rule IDs, rounding rules), looked for outside the closed "căn cứ" details.
 */
public final class OfficerText {

    /** A code of the data (KHONG_LANH_DAO), a pack code (QD366, ND335), a rule ID (EVAL-32, KPI-02), a rounding. */
    public static final Pattern RAW = Pattern.compile(
            "[A-Z]{2,}_[A-Z_]+|\\b(QD|ND|HN)\\d+\\b|\\b(EVAL|KPI|PLAN|ROT|JOB)-\\d+|\\b(FLOOR|HALF_UP|CEILING|CEL)\\b");

    /** The text of the element {@code arguments[0]} without what its closed details hold (their summary stays). */
    static final String OUTSIDE_DETAILS = """
            const m = document.querySelector(arguments[0]).cloneNode(true);
            m.querySelectorAll('script, template').forEach(n => n.remove());
            m.querySelectorAll('details').forEach(d => [...d.childNodes]
                .filter(n => n.nodeName !== 'SUMMARY').forEach(n => n.remove()));
            return m.textContent;""";

    private OfficerText() {}

    /** The text of {@code css} on the open page, outside the details. */
    public static String outsideDetails(Browser b, String css) {
        return (String) ((JavascriptExecutor) b.driver()).executeScript(OUTSIDE_DETAILS, css);
    }

    /** The first raw code in {@code text}, or null when an officer reads none. */
    public static @Nullable String rawCode(String text) {
        Matcher raw = RAW.matcher(text);
        return raw.find() ? raw.group() : null;
    }
}
