package vn.tochuc.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.tochuc.audit.AuditLog;

@SpringBootTest
@AutoConfigureMockMvc
class PortalEditorTests {

    static final RequestPostProcessor EDITOR = user("bientap-test").roles("EDITOR");

    @Autowired
    MockMvc mvc;

    @Autowired
    ArticleRepository articles;

    @Autowired
    AuditLog audit;

    MockMultipartHttpServletRequestBuilder form(String title, String body) {
        long cat = articles.categories().get(0).id();
        return (MockMultipartHttpServletRequestBuilder) multipart("/portal/admin/articles")
                .param("title", title)
                .param("categoryId", String.valueOf(cat))
                .param("summary", "Tóm tắt thử nghiệm")
                .param("body", body)
                .param("author", "T.N")
                .param("sourceTag", "TN")
                .with(csrf())
                .with(EDITOR);
    }

    long idOf(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void draftReviewPublishWithHistoryAndAudit() throws Exception {
        String title = "Bài thử quy trình " + UUID.randomUUID();
        String loc = mvc.perform(form(title, "<p>Nội dung</p>"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = idOf(loc);
        Article draft = articles.find(id).orElseThrow();
        assertThat(draft.status()).isEqualTo(ArticleStatus.DRAFT);
        mvc.perform(get(draft.url())).andExpect(status().isNotFound());
        // publishing straight from a draft breaks the workflow: refused with a Vietnamese reason
        String refused = mvc.perform(post("/portal/admin/articles/" + id + "/publish")
                        .with(csrf())
                        .with(EDITOR))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("bản nháp → chờ duyệt → đã đăng");
        mvc.perform(post("/portal/admin/articles/" + id + "/submit")
                        .with(csrf())
                        .with(EDITOR))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/portal/admin/articles/" + id + "/publish")
                        .with(csrf())
                        .with(EDITOR))
                .andExpect(status().is3xxRedirection());
        Article published = articles.find(id).orElseThrow();
        assertThat(published.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(published.publishedAt()).isNotNull();
        assertThat(articles.history(id))
                .extracting(HistoryEntry::status)
                .containsExactly(ArticleStatus.DRAFT, ArticleStatus.REVIEW, ArticleStatus.PUBLISHED);
        assertThat(audit.search("bientap-test", "PORTAL_ARTICLE_PUBLISH", "PORTAL_ARTICLE", String.valueOf(id), 0, 10))
                .hasSize(1);
        String page = mvc.perform(get(published.url()).header("User-Agent", PortalSiteTests.BROWSER))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(title);
        // an edit of a published article shows at once (the cached page is invalidated)
        mvc.perform(form(title + " (sửa)", "<p>Nội dung mới</p>").with(r -> {
                    r.setRequestURI("/portal/admin/articles/" + id);
                    return r;
                }))
                .andExpect(status().is3xxRedirection());
        Article edited = articles.find(id).orElseThrow();
        String after = mvc.perform(get(edited.url()).header("User-Agent", PortalSiteTests.BROWSER))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(after).contains("Nội dung mới", "(sửa)");
        mvc.perform(get(published.url())).andExpect(status().isMovedPermanently());
    }

    @Test
    void hostileHtmlInABodyIsNeutralisedOnThePublicPage() throws Exception {
        String title = "Bài thử mã độc " + UUID.randomUUID();
        long id = idOf(mvc.perform(form(
                        title,
                        "<p onmouseover=\"alert(1)\">Chữ</p><script>alert('x')</script>"
                                + "<img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">bấm</a>"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl());
        mvc.perform(
                post("/portal/admin/articles/" + id + "/submit").with(csrf()).with(EDITOR));
        mvc.perform(
                post("/portal/admin/articles/" + id + "/publish").with(csrf()).with(EDITOR));
        String page = mvc.perform(
                        get(articles.find(id).orElseThrow().url()).header("User-Agent", PortalSiteTests.BROWSER))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String body = page.substring(page.indexOf("<div class=\"body\">"), page.indexOf("<p class=\"author\">"));
        assertThat(body).contains("Chữ", "bấm").doesNotContain("<script", "onmouseover", "onerror", "javascript:");
        assertThat(page).doesNotContain("alert('x')");
    }

    @Test
    void uploadsAreCheckedByTheirBytes() throws Exception {
        byte[] png = vn.tochuc.web.ImageUploadTests.image("png", 64, 48);
        String loc = mvc.perform(form("Bài có ảnh " + UUID.randomUUID(), "<p>x</p>")
                        .file(new MockMultipartFile("photo", "anh.png", "image/png", png))
                        .param("photoCaption", "Chú thích"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Article a = articles.find(idOf(loc)).orElseThrow();
        assertThat(a.photoId()).isNotNull();
        byte[] served = mvc.perform(get(a.photoUrl()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(served).isEqualTo(png);

        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        String fake = mvc.perform(form("Ảnh giả " + UUID.randomUUID(), "<p>x</p>")
                        .file(new MockMultipartFile("photo", "anh.jpg", "image/jpeg", html)))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(fake).contains("không phải là ảnh");

        byte[] big = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(png, 0, big, 0, png.length);
        String tooBig = mvc.perform(form("Ảnh lớn " + UUID.randomUUID(), "<p>x</p>")
                        .file(new MockMultipartFile("photo", "lon.png", "image/png", big)))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(tooBig).contains("dung lượng");
    }

    @Test
    void backOfficeNeedsAnEditor() throws Exception {
        mvc.perform(get("/portal/admin/articles")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/portal/admin/articles").with(user("canbo").roles("CADRE")))
                .andExpect(status().isForbidden());
        String list = mvc.perform(get("/portal/admin/articles").with(EDITOR))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains(PortalDemoData.FIRST_TITLE);
        mvc.perform(get("/portal/admin/events").with(user("quantri").roles("ADMIN")))
                .andExpect(status().isOk());
        mvc.perform(get("/portal/admin/polls").with(EDITOR)).andExpect(status().isOk());
        mvc.perform(get("/portal/admin/articles/new").with(EDITOR)).andExpect(status().isOk());
        long first = articles.all(500).stream()
                .filter(a -> a.title().equals(PortalDemoData.FIRST_TITLE))
                .findFirst()
                .orElseThrow()
                .id();
        String edit = mvc.perform(get("/portal/admin/articles/" + first).with(EDITOR))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(edit).contains("Lịch sử biên tập", "Đã đăng", "Trả về bản nháp", "Q.H");
        mvc.perform(get("/portal/admin/articles/999999999").with(EDITOR)).andExpect(status().isNotFound());
    }
}
