package vn.tochuc.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class PortalSiteTests {

    static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120 Safari/537.36";

    @Autowired
    MockMvc mvc;

    @Autowired
    ArticleRepository articles;

    @Autowired
    ViewCounter views;

    @Autowired
    VisitorTracker visitors;

    @Autowired
    StatRepository stats;

    Article demo() {
        return articles.search(Slugs.of(PortalDemoData.FIRST_TITLE).replace('-', ' '), 5).stream()
                .filter(a -> a.title().equals(PortalDemoData.FIRST_TITLE))
                .findFirst()
                .orElseThrow();
    }

    String page(String url) throws Exception {
        return mvc.perform(get(url).header("User-Agent", BROWSER))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void frontPageShowsTheSourceArticleAndTheBoxes() throws Exception {
        String html = page("/");
        assertThat(html)
                .contains(
                        PortalDemoData.FIRST_TITLE,
                        demo().url(),
                        "Sự kiện nổi bật",
                        "Thống kê truy cập",
                        "Người trực tuyến",
                        "Khách",
                        "Thành viên",
                        "Tổng lượt truy cập:",
                        "Hiện tại không có bình chọn nào đang hoạt động.",
                        "href=\"#top\"");
        assertThat(html).doesNotContain("⟦", "??portal");
    }

    @Test
    void articlePageIsTheSourceArticleFaithfully() throws Exception {
        Article a = demo();
        String html = page(a.url());
        assertThat(html)
                .contains(
                        "<h1>" + PortalDemoData.FIRST_TITLE + "</h1>",
                        "30/09/2019",
                        "<strong>(QT)</strong> - Chiều nay 30.9.2019, Ủy viên Bộ Chính trị",
                        "<figcaption>Bí thư Tỉnh ủy Nguyễn Văn Hùng phát biểu tại hội nghị trực tuyến</figcaption>",
                        "Các địa phương đã tinh giản khoảng 97.900 biên chế.",
                        "Trưởng Ban Tổ chức Trung ương Phạm Minh Chính cũng đã dành thời gian phân tích sâu",
                        "<p class=\"author\">Q.H</p>",
                        "id=\"view-count\"",
                        "Lên đầu trang",
                        "Sự kiện nổi bật");
        assertThat(a.slug()).isEqualTo("hoi-nghi-truc-tuyen-cong-tac-to-chuc-xay-dung-dang-9-thang-dau-nam-2019");
        mvc.perform(get(a.photoUrl()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"));
        // a wrong slug with the right id redirects to the canonical address
        mvc.perform(get("/tin-tuc/sai-duong-dan-" + a.id()))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", a.url()));
    }

    @Test
    @DisplayName("Views: every counted response adds exactly one; bots, HEAD and the pixel (render mode) add none")
    void viewsCountExactlyTheCountedResponses() throws Exception {
        Article a = demo();
        views.flush();
        long before = articles.views(a.id());
        int n = 37;
        for (int i = 0; i < n; i++) {
            page(a.url());
        }
        mvc.perform(get(a.url()).header("User-Agent", "Googlebot/2.1")).andExpect(status().isOk());
        mvc.perform(get(a.url())).andExpect(status().isOk());
        mvc.perform(head(a.url()).header("User-Agent", BROWSER)).andExpect(status().isOk());
        mvc.perform(get("/tin-tuc/" + a.id() + "/v.gif").header("User-Agent", BROWSER))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"));
        assertThat(views.count(a.id())).isEqualTo(before + n);
        views.flush();
        assertThat(articles.views(a.id())).isEqualTo(before + n);
        String html = page(a.url());
        assertThat(html).contains("<span id=\"view-count\">" + vn.tochuc.shared.VnFormats.number(before + n + 1));
    }

    @Test
    @DisplayName("Views: no lost increment under concurrency while flushes run")
    void concurrentIncrementsAreNeverLost() throws Exception {
        long id = demo().id();
        views.flush();
        long before = articles.views(id);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> jobs = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            jobs.add(pool.submit(() -> {
                for (int i = 0; i < 5_000; i++) {
                    views.hit(id);
                    if (i % 1000 == 0) {
                        views.flush();
                    }
                }
            }));
        }
        for (Future<?> f : jobs) {
            f.get();
        }
        pool.shutdown();
        views.flush();
        assertThat(articles.views(id)).isEqualTo(before + 40_000);
    }

    @Test
    @DisplayName("Views: the count shown never steps back while a flush moves the buffer to the database")
    void theShownCountNeverStepsBackDuringAFlush() throws Exception {
        long id = demo().id();
        views.flush();
        long before = views.count(id);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        java.util.concurrent.atomic.AtomicBoolean reading = new java.util.concurrent.atomic.AtomicBoolean(true);
        Future<?> flusher = pool.submit(() -> {
            while (reading.get()) {
                views.flush();
            }
        });
        Future<Long> reader = pool.submit(() -> {
            long worst = Long.MAX_VALUE;
            for (int i = 1; i <= 3_000; i++) {
                views.hit(id);
                // the page renders between counting the view and showing the count
                java.util.concurrent.locks.LockSupport.parkNanos(50_000 + (i % 7) * 20_000);
                // a reader who has just been counted sees at least its own views
                worst = Math.min(worst, views.count(id) - (before + i));
            }
            return worst;
        });
        long shortfall = reader.get();
        reading.set(false);
        flusher.get();
        pool.shutdown();
        assertThat(shortfall).as("views shown minus views made, at its lowest").isGreaterThanOrEqualTo(0);
        views.flush();
        assertThat(articles.views(id)).isEqualTo(before + 3_000);
    }

    @Test
    @DisplayName("Views: the scheduled flush writes within a second, and shutdown flushes what is left")
    void viewsReachTheDatabaseWithinASecondAndOnShutdown() throws Exception {
        long id = demo().id();
        views.flush();
        long before = articles.views(id);
        for (int i = 0; i < 7; i++) {
            views.hit(id);
        }
        // the interval is 500 ms; 2 s leaves room for a loaded CI machine
        long deadline = System.currentTimeMillis() + 2_000;
        while (articles.views(id) != before + 7 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(articles.views(id)).isEqualTo(before + 7);
        views.hit(id);
        views.shutdown();
        assertThat(articles.views(id)).isEqualTo(before + 8);
    }

    @Test
    void visitorStatisticsArePersistedAndSurviveARestart() throws Exception {
        visitors.refresh();
        long visitsBefore = stats.visits();
        mvc.perform(get("/").header("User-Agent", BROWSER + " visitor-stats-test"))
                .andExpect(status().isOk());
        mvc.perform(get("/").header("User-Agent", BROWSER + " visitor-stats-test"))
                .andExpect(status().isOk());
        mvc.perform(get("/").header("User-Agent", "bingbot")).andExpect(status().isOk());
        visitors.refresh();
        assertThat(stats.visits()).isEqualTo(visitsBefore + 1);
        VisitorStats now = visitors.stats();
        assertThat(now.guests()).isGreaterThanOrEqualTo(1);
        // a signed-in reader is a member, not a guest
        long members = visitors.stats().members();
        mvc.perform(
                        get("/").header("User-Agent", BROWSER)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user("thanhvien-" + System.nanoTime())))
                .andExpect(status().isOk());
        visitors.refresh();
        assertThat(visitors.stats().members()).isEqualTo(members + 1);
        visitors.save();
        VisitorTracker restarted = new VisitorTracker(stats, java.time.Duration.ofMinutes(5));
        restarted.load();
        assertThat(restarted.stats()).isEqualTo(visitors.stats());
    }

    @Test
    void searchIgnoresDiacriticsAndCase() throws Exception {
        for (String q : List.of("hoi nghi truc tuyen cong tac", "HỘI NGHỊ TRỰC TUYẾN", "tinh gian khoang 97.900")) {
            String html = mvc.perform(get("/tim-kiem").param("q", q).header("User-Agent", BROWSER))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(html)
                    .as(q)
                    .contains("<h2><a href=\"" + demo().url() + "\">")
                    .doesNotContain("Tìm thấy 0 bài viết");
        }
        assertThat(page("/tim-kiem?q=khongcobaivietnaoca")).contains("Tìm thấy 0 bài viết");
        assertThat(page("/tim-kiem?q=%25")).contains("Tìm thấy 0 bài viết");
    }

    @Test
    void categoryPagesRssAndSitemap() throws Exception {
        assertThat(page(demo().category().url())).contains(demo().url());
        for (String feed : List.of("/rss.xml", "/sitemap.xml")) {
            byte[] xml = mvc.perform(get(feed))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            assertThat(doc.getDocumentElement().getTextContent()).contains(demo().url());
        }
        assertThat(page("/rss.xml")).contains(PortalDemoData.FIRST_TITLE);
    }

    @Test
    @DisplayName("RSS and sitemap links start with the address the reader used, not localhost:8080")
    void feedLinksUseThePublicAddress() throws Exception {
        for (String feed : List.of("/rss.xml", "/sitemap.xml")) {
            String xml = mvc.perform(get(feed).with(r -> {
                        r.setScheme("https");
                        r.setServerName("tinhuyquangtri.vn");
                        r.setServerPort(443);
                        return r;
                    }))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(xml)
                    .as(feed)
                    .contains("https://tinhuyquangtri.vn" + demo().url())
                    .doesNotContain("localhost");
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/tin-tuc/khong-ton-tai",
                "/tin-tuc/bai-viet-999999999",
                "/tin-tuc/a/b/c",
                "/chuyen-muc/khong-co",
                "/anh/999999999",
                "/anh/abc",
                "/tin-tuc"
            })
    void publicNotFoundIsVietnameseInThePublicLayout(String url) throws Exception {
        String html = mvc.perform(get(url))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Lỗi 404", "Không tìm thấy trang hoặc bài viết", "/css/portal.css");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/tim-kiem?q=%zz",
                "/tim-kiem?q=%",
                "/tim-kiem?q=%E0%A4%A",
                "/tim-kiem?q=%00%3Cscript%3E",
                "/chuyen-muc/hoat-dong-cong-tac-to-chuc?trang=abc",
                "/chuyen-muc/hoat-dong-cong-tac-to-chuc?trang=-5",
                "/chuyen-muc/hoat-dong-cong-tac-to-chuc?trang=99999999999999999999",
                "/tim-kiem?q[]=1&q=2",
                "/?lang=xx-!!",
                "/tin-tuc/%E2%80%A6-1"
            })
    void malformedQueriesNeverFail(String url) throws Exception {
        int code = mvc.perform(get(url).header("User-Agent", BROWSER))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(code).isIn(200, 400, 404);
        String q = "x".repeat(5000);
        assertThat(page("/tim-kiem?q=" + q)).doesNotContain(q);
        assertThat(page("/tim-kiem?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")).doesNotContain("<script>alert(1)");
    }

    @Autowired
    org.springframework.boot.web.servlet.FilterRegistrationBean<org.springframework.web.filter.OncePerRequestFilter>
            portalCachedPages;

    @Test
    @DisplayName("Fast path: a cached article is answered before the security chain, counted, with the same headers")
    void cachedPagesTakeTheFastPathWithTheSameHeadersAndCounting() throws Exception {
        Article a = demo();
        var slow = mvc.perform(get(a.url() + "?lang=vi").header("User-Agent", BROWSER))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        views.flush();
        long before = articles.views(a.id());
        var req = new org.springframework.mock.web.MockHttpServletRequest("GET", a.url());
        req.addHeader("User-Agent", BROWSER);
        var res = new org.springframework.mock.web.MockHttpServletResponse();
        boolean[] passedOn = {false};
        portalCachedPages.getFilter().doFilter(req, res, (rq, rs) -> passedOn[0] = true);
        assertThat(passedOn[0]).isFalse();
        assertThat(res.getContentAsString(StandardCharsets.UTF_8))
                .contains(PortalDemoData.FIRST_TITLE)
                .doesNotContain("⟦");
        for (String h : List.of(
                "Content-Security-Policy",
                "X-Content-Type-Options",
                "X-Frame-Options",
                "Referrer-Policy",
                "Permissions-Policy",
                "X-XSS-Protection",
                "Cache-Control")) {
            assertThat(res.getHeader(h)).as(h).isEqualTo(slow.getHeader(h));
        }
        assertThat(res.getContentType()).isEqualToIgnoringCase(slow.getContentType());
        views.flush();
        assertThat(articles.views(a.id())).isEqualTo(before + 1);
        // a signed-in reader (session cookie) and other addresses go down the normal path
        var member = new org.springframework.mock.web.MockHttpServletRequest("GET", a.url());
        member.setCookies(new jakarta.servlet.http.Cookie("JSESSIONID", "x"));
        portalCachedPages
                .getFilter()
                .doFilter(
                        member,
                        new org.springframework.mock.web.MockHttpServletResponse(),
                        (rq, rs) -> passedOn[0] = true);
        assertThat(passedOn[0]).isTrue();
    }

    @Test
    void countersApiFlushesAndNeedsAnEditor() throws Exception {
        Article a = demo();
        mvc.perform(get("/api/portal/articles/" + a.id() + "/counters")).andExpect(status().isUnauthorized());
        String json = mvc.perform(get("/api/portal/articles/" + a.id() + "/counters")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("admin", "Test-admin-2026")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json).contains("\"views\":" + articles.views(a.id()));
    }

    @Test
    void anonymousPublicPagesCreateNoSession() throws Exception {
        var res = mvc.perform(get(demo().url()).header("User-Agent", BROWSER)).andReturn();
        assertThat(res.getRequest().getSession(false)).isNull();
        assertThat(res.getResponse().getHeader("Set-Cookie")).isNull();
    }
}
