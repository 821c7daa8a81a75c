package vn.tochuc.portal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Who is not counted (views, visits, online): the documented rule.
 *
 * <ol>
 *   <li>HEAD requests (link checkers, monitors) never count;</li>
 *   <li>a missing or blank User-Agent never counts (scripts);</li>
 *   <li>a User-Agent containing any of {@link #TOKENS} (case-insensitive) is a bot or a tool: search engines
 *       (Googlebot, bingbot, coccocbot, Baiduspider, YandexBot), crawlers, link previewers (facebookexternalhit,
 *       Zalo's link preview), uptime monitors and HTTP libraries.</li>
 * </ol>
 * Everything else is a person. Headless browsers that send a normal browser User-Agent are counted.
 */
final class BotRule {

    static final String TOKENS = "bot|crawl|spider|slurp|archiver|facebookexternalhit|preview|monitor|pingdom|"
            + "uptime|curl|wget|python|java/|okhttp|go-http|httpclient|libwww|scrapy|feedfetcher";

    private static final Pattern BOT = Pattern.compile(TOKENS);

    private BotRule() {}

    static boolean counts(String method, @Nullable String userAgent) {
        if (!"GET".equals(method) || userAgent == null || userAgent.isBlank()) {
            return false;
        }
        return !BOT.matcher(userAgent.toLowerCase(Locale.ROOT)).find();
    }
}
