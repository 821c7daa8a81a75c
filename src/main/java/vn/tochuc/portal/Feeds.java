package vn.tochuc.portal;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * RSS 2.0 feed of the latest articles and the XML sitemap, with absolute URLs: from {@code tochuc.portal.base-url}
 * ({@code TOCHUC_PUBLIC_URL}) when set, else from the address the reader asked for (scheme, host and port).
 */
@Component
class Feeds {

    private final ArticleRepository articles;
    private final MessageSource messages;
    private final String base;

    Feeds(ArticleRepository articles, MessageSource messages, @Value("${tochuc.portal.base-url:}") String base) {
        this.articles = articles;
        this.messages = messages;
        this.base = base.replaceAll("/+$", "");
    }

    /** The public address the links start with, without a trailing slash. */
    private String base(ServerRequest request) {
        if (!base.isBlank()) {
            return base;
        }
        java.net.URI uri = request.uri();
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    ServerResponse rss(ServerRequest request) {
        String base = base(request);
        String site = messages.getMessage("portal.site", null, java.util.Locale.forLanguageTag("vi"));
        StringBuilder x =
                new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>");
        x.append("<title>")
                .append(esc(site))
                .append("</title><link>")
                .append(base)
                .append("/</link>")
                .append("<description>")
                .append(esc(site))
                .append("</description><language>vi</language>");
        for (Article a : articles.published(null, 20, 0)) {
            x.append("<item><title>")
                    .append(esc(a.title()))
                    .append("</title><link>")
                    .append(base)
                    .append(a.url())
                    .append("</link><guid isPermaLink=\"true\">")
                    .append(base)
                    .append(a.url())
                    .append("</guid>")
                    .append("<description>")
                    .append(esc(a.summary()))
                    .append("</description>");
            if (a.publishedAt() != null) {
                x.append("<pubDate>")
                        .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(a.publishedAt()))
                        .append("</pubDate>");
            }
            x.append("</item>");
        }
        x.append("</channel></rss>\n");
        return xml("application/rss+xml", x);
    }

    ServerResponse sitemap(ServerRequest request) {
        String base = base(request);
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        x.append("<url><loc>").append(base).append("/</loc></url>");
        for (Category c : articles.categories()) {
            x.append("<url><loc>").append(base).append(c.url()).append("</loc></url>");
        }
        List<Article> all = articles.published(null, 50_000, 0);
        for (Article a : all) {
            x.append("<url><loc>")
                    .append(base)
                    .append(a.url())
                    .append("</loc><lastmod>")
                    .append(a.updatedAt().toLocalDate())
                    .append("</lastmod></url>");
        }
        x.append("</urlset>\n");
        return xml("application/xml", x);
    }

    private static ServerResponse xml(String type, StringBuilder x) {
        return ServerResponse.ok()
                .contentType(new MediaType(MediaType.parseMediaType(type), StandardCharsets.UTF_8))
                .body(x.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
