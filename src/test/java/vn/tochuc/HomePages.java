package vn.tochuc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Reads the panels of the home page ({@code /dashboard}) out of its HTML, for the panel tests of each module. */
public final class HomePages {

    private HomePages() {}

    /** The home page as {@code user} gets it. */
    public static String home(MockMvc mvc, RequestPostProcessor user) throws Exception {
        return mvc.perform(get("/dashboard").with(user).accept(MediaType.TEXT_HTML))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The HTML of the panel {@code home-<id>}, or empty when the page has no such panel. */
    public static Optional<String> panel(String html, String id) {
        int start = html.indexOf("id=\"home-" + id + "\"");
        if (start < 0) {
            return Optional.empty();
        }
        int end = html.indexOf("</section>", start);
        return Optional.of(html.substring(start, end < 0 ? html.length() : end));
    }
}
