package vn.tochuc.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tochuc.web.NotFoundException;

/**
 * The poll page and the vote (plain form POST with the CSRF token and the vote token; no JavaScript). The
 * rule against repeated and flooded votes is in {@link VoteGuard}. Results are shown after voting and when the
 * poll has closed.
 */
@Controller
class PollController {

    private final PollRepository polls;
    private final Portal portal;
    private final VoteGuard guard;
    private final PublicSite site;

    PollController(PollRepository polls, Portal portal, VoteGuard guard, PublicSite site) {
        this.polls = polls;
        this.portal = portal;
        this.guard = guard;
        this.site = site;
    }

    @GetMapping("/binh-chon/{id}")
    String poll(
            @PathVariable String id,
            @RequestParam(name = "kq", required = false) @Nullable String result,
            HttpServletRequest req,
            HttpServletResponse res,
            Model model) {
        PollView poll = polls.find(PublicPages.number(id)).orElseThrow(() -> new NotFoundException("poll " + id));
        String visitor = guard.visitorOrIssue(req, res);
        site.visit(req);
        return page(poll, visitor, messageKey(result), model, res, HttpStatus.OK);
    }

    @PostMapping("/binh-chon/{id}")
    String vote(
            @PathVariable String id,
            @RequestParam(name = "option", required = false) @Nullable String option,
            @RequestParam(name = "token", required = false) @Nullable String token,
            HttpServletRequest req,
            HttpServletResponse res,
            Model model) {
        PollView poll = polls.find(PublicPages.number(id)).orElseThrow(() -> new NotFoundException("poll " + id));
        long minute = System.currentTimeMillis() / 60_000;
        if (!guard.allow(req.getRemoteAddr(), minute)) {
            return page(poll, "", "portal.poll.tooMany", model, res, HttpStatus.TOO_MANY_REQUESTS);
        }
        String visitor = guard.visitor(req);
        if (visitor == null || !guard.tokenValid(token, poll.id(), visitor, minute)) {
            return page(
                    poll,
                    visitor == null ? guard.visitorOrIssue(req, res) : visitor,
                    "portal.poll.badToken",
                    model,
                    res,
                    HttpStatus.BAD_REQUEST);
        }
        long optionId = option == null ? 0 : PublicPages.number(option);
        if (optionId == 0) {
            return page(poll, visitor, "portal.poll.choose", model, res, HttpStatus.BAD_REQUEST);
        }
        boolean counted = portal.vote(poll.id(), optionId, visitor);
        return "redirect:/binh-chon/" + poll.id() + "?kq=" + (counted ? "ok" : "da-bau");
    }

    private String page(
            PollView poll,
            String visitor,
            @Nullable String messageKey,
            Model model,
            HttpServletResponse res,
            HttpStatus status) {
        boolean open = poll.openAt(OffsetDateTime.now());
        boolean voted = !visitor.isEmpty() && polls.hasVoted(poll.id(), visitor);
        res.setStatus(status.value());
        model.addAttribute("chrome", site.chrome(false));
        model.addAttribute("poll", polls.find(poll.id()).orElse(poll));
        model.addAttribute("canVote", open && !voted && !visitor.isEmpty());
        model.addAttribute(
                "token", visitor.isEmpty() ? "" : guard.token(poll.id(), visitor, System.currentTimeMillis() / 60_000));
        model.addAttribute("open", open);
        model.addAttribute("messageKey", messageKey);
        return "portal/poll";
    }

    private static @Nullable String messageKey(@Nullable String result) {
        if (result == null) {
            return null;
        }
        return switch (result) {
            case "ok" -> "portal.poll.thanks";
            case "da-bau" -> "portal.poll.already";
            default -> null;
        };
    }
}
