package vn.tochuc.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import vn.tochuc.shared.VietnameseText;
import vn.tochuc.web.BadInputException;

/**
 * The public pages as functional endpoints: they do not go through the back office's controller advice, so
 * an anonymous reader never gets a session or a CSRF token and the pages stay cacheable. Counting rule:
 * with {@code tochuc.portal.count-by=render} (default) the article response counts the view and is sent
 * {@code no-cache}; with {@code pixel} the page may be cached by proxies for a minute and the view is counted
 * by the {@code <img>} pixel {@code /tin-tuc/{id}/v.gif} (no-store) it embeds. Exactly one of the two counts.
 */
@Component
class PublicPages {

    private static final Logger log = LoggerFactory.getLogger(PublicPages.class);
    private static final Pattern ARTICLE = Pattern.compile("^([a-z0-9-]{0,200})-([0-9]{1,18})$");
    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
    static final int PAGE_SIZE = 10;
    private static final byte[] GIF =
            java.util.Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    private final PublicSite site;
    private final ArticleRepository articles;
    private final ImageRepository images;

    PublicPages(PublicSite site, ArticleRepository articles, ImageRepository images) {
        this.site = site;
        this.articles = articles;
        this.images = images;
    }

    ServerResponse front(ServerRequest request) {
        HttpServletRequest req = request.servletRequest();
        LivePage page = site.cached("front", req, () -> {
                    long v = site.version();
                    List<Article> latest = articles.published(null, 12, 0);
                    return Optional.of(site.page(
                            site.render(
                                    "portal/front.jte",
                                    Map.of("shell", site.shell(req), "chrome", site.chrome(true), "articles", latest)),
                            "/",
                            v));
                })
                .orElseThrow();
        site.visit(req);
        return html(HttpStatus.OK, page.fill(site.live(0)));
    }

    ServerResponse article(ServerRequest request) {
        HttpServletRequest req = request.servletRequest();
        Matcher m = ARTICLE.matcher(request.pathVariable("slug"));
        if (!m.matches()) {
            return notFound(request);
        }
        long id = Long.parseLong(m.group(2));
        Optional<LivePage> page = site.cached("a" + id, req, () -> {
            long v = site.version();
            return articles.find(id)
                    .filter(Article::published)
                    .map(a -> site.page(
                            site.render(
                                    "portal/article.jte",
                                    Map.of(
                                            "shell",
                                            site.shell(req),
                                            "chrome",
                                            site.chrome(true),
                                            "article",
                                            a,
                                            "views",
                                            LivePage.VIEWS)),
                            a.url(),
                            v));
        });
        if (page.isEmpty()) {
            return notFound(request);
        }
        if (!page.get().canonicalPath.equals(req.getRequestURI())) {
            return ServerResponse.status(HttpStatus.MOVED_PERMANENTLY)
                    .location(URI.create(page.get().canonicalPath))
                    .build();
        }
        if (!site.pixelMode()) {
            site.view(req, id);
        }
        site.visit(req);
        return html(HttpStatus.OK, page.get().fill(site.live(id)));
    }

    /** The view-count pixel: counts only in pixel mode, never cached. */
    ServerResponse pixel(ServerRequest request) {
        HttpServletRequest req = request.servletRequest();
        long id = number(request.pathVariable("id"));
        if (site.pixelMode()
                && id > 0
                && articles.find(id).filter(Article::published).isPresent()) {
            site.view(req, id);
            site.visit(req);
        }
        return ServerResponse.ok()
                .contentType(MediaType.IMAGE_GIF)
                .header("Cache-Control", "no-store")
                .body(GIF);
    }

    ServerResponse category(ServerRequest request) {
        HttpServletRequest req = request.servletRequest();
        String slug = request.pathVariable("slug");
        Optional<Category> cat = articles.categories().stream()
                .filter(c -> c.slug().equals(slug))
                .findFirst();
        if (cat.isEmpty()) {
            return notFound(request);
        }
        int page = (int) Math.min(Math.max(number(request.param("trang").orElse("1")), 1), 10_000);
        List<Article> list = articles.published(cat.get().id(), PAGE_SIZE + 1, (page - 1) * PAGE_SIZE);
        site.visit(req);
        return list(req, cat.get().name(), null, list, page, cat.get().url());
    }

    ServerResponse search(ServerRequest request) {
        HttpServletRequest req = request.servletRequest();
        String q = request.param("q").orElse("").strip();
        if (q.length() > 200) {
            q = q.substring(0, 200);
        }
        String folded = VietnameseText.fold(q);
        List<Article> found = folded.isEmpty() ? List.of() : articles.search(folded, 50);
        site.visit(req);
        return list(req, null, q, found, 1, null);
    }

    private ServerResponse list(
            HttpServletRequest req, String heading, String query, List<Article> list, int page, String base) {
        boolean more = list.size() > PAGE_SIZE && base != null;
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("shell", site.shell(req));
        p.put("chrome", site.chrome(false));
        p.put("heading", heading);
        p.put("query", query);
        p.put("articles", base == null ? list : list.subList(0, Math.min(list.size(), PAGE_SIZE)));
        p.put("prev", page > 1 ? base + "?trang=" + (page - 1) : null);
        p.put("next", more ? base + "?trang=" + (page + 1) : null);
        return html(HttpStatus.OK, site.render("portal/list.jte", p).getBytes(StandardCharsets.UTF_8));
    }

    ServerResponse image(ServerRequest request) {
        long id = number(request.pathVariable("id"));
        return images.find(id)
                .map(img -> ServerResponse.ok()
                        .contentType(MediaType.parseMediaType(img.contentType()))
                        .header("Cache-Control", "public, max-age=31536000, immutable")
                        .body(img.bytes()))
                .orElseGet(() -> notFound(request));
    }

    ServerResponse notFound(ServerRequest request) {
        return error(
                request,
                HttpStatus.NOT_FOUND,
                site.shell(request.servletRequest()).t("portal.notFound"));
    }

    ServerResponse failed(Throwable e, ServerRequest request) {
        if (e instanceof BadInputException b) {
            return error(request, HttpStatus.BAD_REQUEST, b.getMessage());
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("Incident {} on {} {}", incident, request.method(), request.path(), e);
        return error(
                request,
                HttpStatus.INTERNAL_SERVER_ERROR,
                site.shell(request.servletRequest()).t("error.500.incident", incident));
    }

    private ServerResponse error(ServerRequest request, HttpStatus status, String message) {
        HttpServletRequest req = request.servletRequest();
        String html = site.render(
                "portal/error.jte",
                Map.of(
                        "shell",
                        site.shell(req),
                        "chrome",
                        site.chrome(false),
                        "status",
                        status.value(),
                        "message",
                        message));
        return html(status, html.getBytes(StandardCharsets.UTF_8));
    }

    private ServerResponse html(HttpStatus status, byte[] body) {
        return ServerResponse.status(status)
                .contentType(HTML)
                .header(
                        "Cache-Control",
                        site.pixelMode() && status == HttpStatus.OK ? "public, max-age=60" : "no-cache")
                .body(body);
    }

    /** A non-negative number from a URL, or 0 for anything malformed. */
    static long number(String s) {
        return s.matches("[0-9]{1,18}") ? Long.parseLong(s) : 0;
    }
}
