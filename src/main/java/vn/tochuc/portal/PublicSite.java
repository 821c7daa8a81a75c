package vn.tochuc.portal;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.Shell;

/**
 * Renders the public pages and keeps the rendered HTML of the front page and of published articles in memory
 * ({@link LivePage}), per language. An entry is stale when the portal's version changed (any edit, publication,
 * event or poll change) or after {@link #TTL_MILLIS} (polls open and close by the clock). Also applies the
 * counting rules of {@link BotRule} for views and visitors.
 */
@Component
class PublicSite {

    static final long TTL_MILLIS = 60_000;
    /** The cookie of the web module's CookieLocaleResolver. */
    static final String LANG_COOKIE = "tochuc-lang";

    private final TemplateEngine jte;
    private final MessageSource messages;
    private final ArticleRepository articles;
    private final EventRepository events;
    private final PollRepository polls;
    private final Portal portal;
    private final ViewCounter views;
    private final VisitorTracker visitors;
    private final VoteGuard guard;
    private final boolean pixel;
    private final Map<String, LivePage> cache = new ConcurrentHashMap<>();

    PublicSite(
            TemplateEngine jte,
            MessageSource messages,
            ArticleRepository articles,
            EventRepository events,
            PollRepository polls,
            Portal portal,
            ViewCounter views,
            VisitorTracker visitors,
            VoteGuard guard,
            @Value("${tochuc.portal.count-by:render}") String countBy) {
        this.jte = jte;
        this.messages = messages;
        this.articles = articles;
        this.events = events;
        this.polls = polls;
        this.portal = portal;
        this.views = views;
        this.visitors = visitors;
        this.guard = guard;
        this.pixel = "pixel".equals(countBy);
    }

    boolean pixelMode() {
        return pixel;
    }

    /** English or Vietnamese (the default): the web module's locale resolver, or its cookie before the dispatcher. */
    Locale locale(HttpServletRequest req) {
        String lang;
        if (RequestContextUtils.getLocaleResolver(req) != null) {
            lang = RequestContextUtils.getLocale(req).getLanguage();
        } else {
            lang = "vi";
            jakarta.servlet.http.Cookie[] cookies = req.getCookies();
            if (cookies != null) {
                for (jakarta.servlet.http.Cookie c : cookies) {
                    if (LANG_COOKIE.equals(c.getName())
                            && c.getValue() != null
                            && c.getValue().startsWith("en")) {
                        lang = "en";
                    }
                }
            }
        }
        return "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    }

    Shell shell(HttpServletRequest req) {
        return new Shell(messages, locale(req), null, List.of(), req.getRequestURI(), null, null, null);
    }

    Chrome chrome(boolean markers) {
        List<PollView> open = polls.open(OffsetDateTime.now());
        Chrome c = new Chrome(
                articles.categories(), events.list(true), open.isEmpty() ? null : open.get(0), "", "", "", "", pixel);
        if (markers) {
            return LivePage.markers(c);
        }
        VisitorStats s = visitors.stats();
        return new Chrome(
                c.categories(),
                c.events(),
                c.poll(),
                VnFormats.number(s.guests()),
                VnFormats.number(s.members()),
                VnFormats.number(s.total()),
                VnFormats.number(s.visits()),
                pixel);
    }

    String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput(16 * 1024);
        jte.render(template, params, out);
        return out.toString();
    }

    /** The cached page for {@code key}, rebuilt by {@code build} when stale; empty when build finds nothing. */
    Optional<LivePage> cached(String key, HttpServletRequest req, Supplier<Optional<LivePage>> build) {
        String k = key + ":" + locale(req).getLanguage();
        LivePage p = cache.get(k);
        long now = System.currentTimeMillis();
        if (p != null && p.version == portal.version() && p.expires > now) {
            return Optional.of(p);
        }
        Optional<LivePage> fresh = build.get();
        fresh.ifPresentOrElse(f -> cache.put(k, f), () -> cache.remove(k));
        return fresh;
    }

    /** The fresh cached page for {@code key} in {@code language}, or null (no rendering, no database). */
    @org.jspecify.annotations.Nullable
    LivePage peek(String key, String language) {
        LivePage p = cache.get(key + ":" + language);
        return p != null && p.version == portal.version() && p.expires > System.currentTimeMillis() ? p : null;
    }

    LivePage page(String html, String canonicalPath, long versionAtStart) {
        return LivePage.of(html, versionAtStart, System.currentTimeMillis() + TTL_MILLIS, canonicalPath);
    }

    long version() {
        return portal.version();
    }

    /** Records a visitor (not a bot, not HEAD) for the statistics box. */
    void visit(HttpServletRequest req) {
        if (BotRule.counts(req.getMethod(), req.getHeader("User-Agent"))) {
            var auth = SecurityContextHolder.getContext().getAuthentication();
            boolean signedIn =
                    auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
            String member = signedIn ? "m:" + auth.getName() : "";
            visitors.seen(guard.guestKey(req), member, System.currentTimeMillis());
        }
    }

    /** Counts a view of the article when this request counts (see {@link BotRule}). */
    void view(HttpServletRequest req, long articleId) {
        if (BotRule.counts(req.getMethod(), req.getHeader("User-Agent"))) {
            views.hit(articleId);
        }
    }

    /** Live values in marker order: views, guests, members, online, visits. */
    String[] live(long articleId) {
        VisitorStats s = visitors.stats();
        return new String[] {
            articleId == 0 ? "" : VnFormats.number(views.count(articleId)),
            VnFormats.number(s.guests()),
            VnFormats.number(s.members()),
            VnFormats.number(s.total()),
            VnFormats.number(s.visits())
        };
    }
}
