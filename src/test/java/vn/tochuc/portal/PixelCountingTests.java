package vn.tochuc.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The cache-friendly counting mode: the page may be cached, the no-store pixel counts. */
@SpringBootTest(properties = "tochuc.portal.count-by=pixel")
@AutoConfigureMockMvc
class PixelCountingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ArticleRepository articles;

    @Autowired
    ViewCounter views;

    @Test
    @DisplayName("Pixel mode: cacheable page, each pixel GET by a person counts once, page renders count nothing")
    void pixelCountsWhenThePageIsCached() throws Exception {
        Article a = articles.search("hoi nghi truc tuyen cong tac to chuc", 5).stream()
                .filter(x -> x.title().equals(PortalDemoData.FIRST_TITLE))
                .findFirst()
                .orElseThrow();
        views.flush();
        long before = articles.views(a.id());
        String page = mvc.perform(get(a.url()).header("User-Agent", PortalSiteTests.BROWSER))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "public, max-age=60"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String pixel = "/tin-tuc/" + a.id() + "/v.gif";
        assertThat(page).contains("src=\"" + pixel + "\"");
        for (int i = 0; i < 5; i++) {
            mvc.perform(get(pixel).header("User-Agent", PortalSiteTests.BROWSER))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", "no-store"));
        }
        mvc.perform(get(pixel).header("User-Agent", "Googlebot/2.1")).andExpect(status().isOk());
        mvc.perform(get("/tin-tuc/999999999/v.gif").header("User-Agent", PortalSiteTests.BROWSER))
                .andExpect(status().isOk());
        views.flush();
        assertThat(articles.views(a.id())).isEqualTo(before + 5);
    }
}
