package vn.tochuc.portal;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo portal, created once when {@code tochuc.demo.enabled} is set: categories, the source article of
 * 30/9/2019 published faithfully (data/portal/source-article.txt, see its NOTICE) as the first article, a
 * few other articles, a featured event and a closed poll (so the poll box shows its empty state).
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "tochuc.demo.enabled", havingValue = "true")
class PortalDemoData implements ApplicationRunner {

    static final String ACTOR = "demo";
    private static final java.util.Properties DEMO =
            vn.tochuc.shared.DataFiles.properties("/data/demo/portal.properties");
    static final String FIRST_TITLE = DEMO.getProperty("first-title");

    private final ArticleRepository articles;
    private final Portal portal;

    PortalDemoData(ArticleRepository articles, Portal portal) {
        this.articles = articles;
        this.portal = portal;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!articles.categories().isEmpty()) {
            return;
        }
        long news = articles.insertCategory("hoat-dong-cong-tac-to-chuc", DEMO.getProperty("category.news"), 1);
        long docs = articles.insertCategory("van-ban-huong-dan", DEMO.getProperty("category.docs"), 2);
        long local = articles.insertCategory("tin-co-so", DEMO.getProperty("category.local"), 3);
        long photo = portal.uploadImage(placeholderPhoto(), ACTOR);
        long first = source(news, photo);
        long second = publish(
                docs,
                DEMO.getProperty("second.title"),
                DEMO.getProperty("second.summary"),
                DEMO.getProperty("second.body"),
                "T.L",
                "BTC",
                OffsetDateTime.of(2019, 10, 2, 9, 0, 0, 0, ZoneOffset.ofHours(7)));
        publish(
                local,
                DEMO.getProperty("third.title"),
                DEMO.getProperty("third.summary"),
                DEMO.getProperty("third.body"),
                "H.N",
                null,
                OffsetDateTime.of(2019, 10, 5, 15, 0, 0, 0, ZoneOffset.ofHours(7)));
        long event = portal.createEvent(DEMO.getProperty("event.title"), ACTOR);
        portal.addToEvent(event, first, ACTOR);
        portal.addToEvent(event, second, ACTOR);
        portal.createPoll(
                DEMO.getProperty("poll.question"),
                List.of(
                        DEMO.getProperty("poll.option.1"),
                        DEMO.getProperty("poll.option.2"),
                        DEMO.getProperty("poll.option.3")),
                OffsetDateTime.of(2019, 9, 1, 0, 0, 0, 0, ZoneOffset.ofHours(7)),
                OffsetDateTime.of(2019, 12, 31, 0, 0, 0, 0, ZoneOffset.ofHours(7)),
                ACTOR);
    }

    /** The source article: title, "(QT) - " lead, photo caption, body paragraphs, author "Q.H". */
    private long source(long category, long photo) {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/data/portal/source-article.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> lines = Arrays.stream(text.split("\\R"))
                .map(PortalDemoData::clean)
                .filter(s -> !s.isEmpty())
                .toList();
        String title = lines.get(0);
        String lead = lines.get(1).replaceFirst("^\\(QT\\)\\s*-\\s*", "");
        String caption = lines.get(2);
        List<String> body = new ArrayList<>();
        int i = 3;
        for (; !lines.get(i).equals("Q.H"); i++) {
            body.add("<p>" + Feeds.esc(lines.get(i)) + "</p>");
        }
        long id = portal.saveArticle(
                null,
                new ArticleForm(category, title, lead, String.join("\n", body), lines.get(i), "QT", caption),
                photo,
                ACTOR);
        portal.submit(id, ACTOR);
        portal.publish(id, ACTOR, OffsetDateTime.of(2019, 9, 30, 17, 0, 0, 0, ZoneOffset.ofHours(7)));
        return id;
    }

    private long publish(
            long category, String title, String summary, String body, String author, String source, OffsetDateTime at) {
        long id = portal.saveArticle(
                null, new ArticleForm(category, title, summary, body, author, source, null), null, ACTOR);
        portal.submit(id, ACTOR);
        portal.publish(id, ACTOR, at);
        return id;
    }

    /** Trims and collapses every kind of space, including the no-break spaces of the source page. */
    static String clean(String line) {
        return line.replaceAll("[\\s\\p{Z}]+", " ").trim();
    }

    static byte[] placeholderPhoto() {
        BufferedImage img = new BufferedImage(800, 450, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x8B1A1A), 800, 450, new Color(0xD9A441)));
        g.fillRect(0, 0, 800, 450);
        g.setColor(new Color(255, 255, 255, 60));
        g.fillRect(80, 280, 640, 120);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
