/**
 * Public portal (cổng thông tin điện tử): news articles with view counts, featured events, polls and live
 * visitor statistics, served at the root of the public URL space ({@code /}, {@code /tin-tuc/...},
 * {@code /chuyen-muc/...}, {@code /tim-kiem}, {@code /binh-chon/...}, {@code /anh/...}, {@code /rss.xml},
 * {@code /sitemap.xml}), and the editor back office under {@code /portal/admin} (roles EDITOR, ADMIN).
 *
 * <p>Tables: {@code portal_category}, {@code portal_article}, {@code portal_article_history},
 * {@code portal_image}, {@code portal_event}, {@code portal_event_article}, {@code portal_poll},
 * {@code portal_poll_option}, {@code portal_poll_vote}, {@code portal_stat}, {@code portal_online}.
 * Publishes no events. Every publication is recorded in the audit log.
 *
 * <p>Counting rules (see docs/adr/0005-portal-counting.md): a view is one GET of a published article page whose
 * User-Agent is not a bot ({@link vn.tochuc.portal.BotRule}); HEAD requests are never counted. Increments are
 * buffered in memory and flushed with {@code views = views + :delta} at most every second.
 *
 * <p>Glossary: tin tức = news; bài viết = article; chuyên mục = category; sự kiện nổi bật = featured event;
 * bình chọn = poll; lượt xem = view; thống kê truy cập = visitor statistics; khách = guest; thành viên =
 * member; người trực tuyến = online now; tổng lượt truy cập = all-time visits; nguồn = source tag;
 * bản nháp = draft; chờ duyệt = in review; đã đăng = published; biên tập viên = editor.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Public portal",
        allowedDependencies = {"shared", "web", "audit"})
@org.jspecify.annotations.NullMarked
package vn.tochuc.portal;
