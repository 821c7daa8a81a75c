package vn.tochuc.portal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.tochuc.web.NotFoundException;

/** Counters for editors and for the load benchmark (bench/portal-wrk.sh). */
@RestController
@Tag(name = "Portal", description = "Public portal counters")
class PortalApiController {

    /** The flushed view count of an article, and the visitor statistics. */
    record Counters(long articleId, long views, long guestsOnline, long membersOnline, long visits) {}

    private final ArticleRepository articles;
    private final ViewCounter views;
    private final VisitorTracker visitors;

    PortalApiController(ArticleRepository articles, ViewCounter views, VisitorTracker visitors) {
        this.articles = articles;
        this.views = views;
        this.visitors = visitors;
    }

    @GetMapping("/api/portal/articles/{id}/counters")
    @Operation(summary = "Flushes the buffered views and returns the article's view count as stored in the database")
    Counters counters(@PathVariable long id) {
        articles.find(id).orElseThrow(() -> new NotFoundException("article " + id));
        views.flush();
        visitors.refresh();
        VisitorStats s = visitors.stats();
        return new Counters(id, articles.views(id), s.guests(), s.members(), s.visits());
    }
}
