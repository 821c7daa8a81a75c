package vn.tochuc.portal;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Cleans article bodies written by editors with an allow-list (OWASP Java HTML Sanitizer): paragraphs,
 * headings, emphasis, lists, quotes, tables, links (http, https, mailto and same-site paths only, with
 * {@code rel="nofollow noopener"}) and images from the portal itself. Everything else is dropped: scripts,
 * styles, event handlers, {@code javascript:} and {@code data:} URLs, iframes, forms and unknown attributes.
 */
final class HtmlSanitizer {

    private static final Pattern SAFE_HREF = Pattern.compile("(?i)^(https?://|mailto:|/(?!/))[^\\s<>\"']*$");
    private static final Pattern LOCAL_IMG = Pattern.compile("^/anh/[0-9]{1,18}$");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "br",
                    "strong",
                    "b",
                    "em",
                    "i",
                    "u",
                    "s",
                    "sub",
                    "sup",
                    "h2",
                    "h3",
                    "h4",
                    "ul",
                    "ol",
                    "li",
                    "blockquote",
                    "figure",
                    "figcaption",
                    "table",
                    "thead",
                    "tbody",
                    "tr",
                    "th",
                    "td",
                    "caption",
                    "hr",
                    "a",
                    "img",
                    "span")
            .allowAttributes("href")
            .matching(SAFE_HREF)
            .onElements("a")
            .allowAttributes("title")
            .onElements("a", "img", "span")
            .allowAttributes("src")
            .matching(LOCAL_IMG)
            .onElements("img")
            .allowAttributes("alt")
            .onElements("img")
            .allowAttributes("colspan", "rowspan")
            .matching(Pattern.compile("[0-9]{1,2}"))
            .onElements("td", "th")
            .allowAttributes("class")
            .matching(Pattern.compile("(?:text-right|text-center|lead|author)"))
            .onElements("p", "span")
            .requireRelsOnLinks("nofollow", "noopener")
            .allowStandardUrlProtocols()
            .toFactory();

    private HtmlSanitizer() {}

    /** The safe form of {@code html}; never null, possibly empty. */
    static String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
