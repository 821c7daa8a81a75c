package vn.tochuc.portal;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.Crumb;
import vn.tochuc.web.CurrentUser;
import vn.tochuc.web.FitsColumn;

/** Editor back office for the boxes: featured events and polls. */
@Controller
@RequestMapping("/portal/admin")
class BoxAdminController {

    private final EventRepository events;
    private final PollRepository polls;
    private final ArticleRepository articles;
    private final Portal portal;

    BoxAdminController(EventRepository events, PollRepository polls, ArticleRepository articles, Portal portal) {
        this.events = events;
        this.polls = polls;
        this.articles = articles;
        this.portal = portal;
    }

    @GetMapping("/events")
    String events(Model model) {
        model.addAttribute("events", events.list(false));
        model.addAttribute("articles", articles.published(null, 200, 0));
        model.addAttribute("crumbs", List.of(Crumb.of("portal.nav.events", null)));
        return "portal/events";
    }

    @PostMapping("/events")
    String createEvent(
            @RequestParam(required = false) @FitsColumn("portal_event.title") @Nullable String title,
            RedirectAttributes flash) {
        portal.createEvent(title, CurrentUser.name());
        return saved("/portal/admin/events", flash);
    }

    @PostMapping("/events/{id}/articles")
    String addArticle(@PathVariable long id, @RequestParam long articleId, RedirectAttributes flash) {
        portal.addToEvent(id, articleId, CurrentUser.name());
        return saved("/portal/admin/events", flash);
    }

    @PostMapping("/events/{id}/active")
    String active(@PathVariable long id, @RequestParam boolean active, RedirectAttributes flash) {
        portal.setEventActive(id, active, CurrentUser.name());
        return saved("/portal/admin/events", flash);
    }

    @GetMapping("/polls")
    String polls(Model model) {
        model.addAttribute("polls", polls.all());
        model.addAttribute("crumbs", List.of(Crumb.of("portal.nav.polls", null)));
        return "portal/polls";
    }

    @PostMapping("/polls")
    String createPoll(
            @RequestParam(required = false) @FitsColumn("portal_poll.question") @Nullable String question,
            @RequestParam(required = false) @Nullable String options,
            @RequestParam String opens,
            @RequestParam String closes,
            RedirectAttributes flash) {
        var from = VnFormats.parseDate(opens).atStartOfDay(VnFormats.VIETNAM).toOffsetDateTime();
        var to = VnFormats.parseDate(closes)
                .atTime(LocalTime.MAX)
                .atZone(VnFormats.VIETNAM)
                .toOffsetDateTime();
        portal.createPoll(
                question,
                options == null ? List.of() : Arrays.asList(options.split("\\R")),
                from,
                to,
                CurrentUser.name());
        return saved("/portal/admin/polls", flash);
    }

    @PostMapping("/polls/{id}/close")
    String close(@PathVariable long id, RedirectAttributes flash) {
        portal.closePoll(id, CurrentUser.name());
        return saved("/portal/admin/polls", flash);
    }

    private static String saved(String to, RedirectAttributes flash) {
        flash.addFlashAttribute("flashKey", "common.saved");
        return "redirect:" + to;
    }
}
