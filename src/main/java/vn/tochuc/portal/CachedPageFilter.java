package vn.tochuc.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The fast path of the public site, in front of the security chain like a reverse-proxy cache: a GET or HEAD
 * of an article whose rendered page is cached and fresh, from a reader without a session (so certainly a
 * guest), is answered here, with the same counting rules and the same security headers as the page chain
 * (a test compares them). Everything else (misses, signed-in users, {@code ?lang=}) goes down the normal path.
 */
@Configuration
class CachedPageFilter {

    static final Map<String, String> HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-XSS-Protection", "0",
            "X-Frame-Options", "DENY",
            "Content-Security-Policy",
                    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; "
                            + "form-action 'self'; frame-ancestors 'none'",
            "Referrer-Policy", "same-origin",
            "Permissions-Policy", "camera=(), microphone=(), geolocation=()");

    private static final Pattern ARTICLE = Pattern.compile("^/tin-tuc/[a-z0-9-]{0,200}-([0-9]{1,18})$");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> portalCachedPages(PublicSite site) {
        var reg = new FilterRegistrationBean<OncePerRequestFilter>(new Fast(site));
        reg.addUrlPatterns("/tin-tuc/*");
        reg.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return reg;
    }

    static final class Fast extends OncePerRequestFilter {

        private final PublicSite site;

        Fast(PublicSite site) {
            this.site = site;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
                throws ServletException, IOException {
            LivePage page = eligible(req) ? hit(req) : null;
            if (page == null) {
                chain.doFilter(req, res);
                return;
            }
            long id = Long.parseLong(ARTICLE.matcher(page.canonicalPath).replaceFirst("$1"));
            if (!site.pixelMode()) {
                site.view(req, id);
            }
            site.visit(req);
            String[] live = site.live(id);
            res.setStatus(200);
            res.setContentType("text/html;charset=UTF-8");
            res.setHeader("Cache-Control", site.pixelMode() ? "public, max-age=60" : "no-cache");
            HEADERS.forEach(res::setHeader);
            res.setContentLength(page.length(live));
            if (!"HEAD".equals(req.getMethod())) {
                page.writeTo(res.getOutputStream(), live);
            }
        }

        private boolean eligible(HttpServletRequest req) {
            String m = req.getMethod();
            if (!"GET".equals(m) && !"HEAD".equals(m)) {
                return false;
            }
            String q = req.getQueryString();
            if (q != null && q.contains("lang")) {
                return false;
            }
            Cookie[] cookies = req.getCookies();
            if (cookies != null) {
                for (Cookie c : cookies) {
                    if ("JSESSIONID".equals(c.getName())) {
                        return false;
                    }
                }
            }
            return true;
        }

        private LivePage hit(HttpServletRequest req) {
            String uri = req.getRequestURI();
            Matcher m = ARTICLE.matcher(uri);
            if (!m.matches()) {
                return null;
            }
            LivePage p = site.peek("a" + m.group(1), site.locale(req).getLanguage());
            return p != null && p.canonicalPath.equals(uri) ? p : null;
        }
    }
}
