package vn.tochuc.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Login page and the landing page after login (the root {@code /} belongs to the public portal): the panels the
 * modules contribute ({@link HomePanel}), what waits for the user, the work in progress and the figures of their
 * scope. A panel that fails is left out and logged; the landing page never fails for it.
 */
@Controller
class HomeController {

    private static final Logger log = LoggerFactory.getLogger(HomeController.class);

    private final List<HomePanel> panels;

    HomeController(List<HomePanel> panels) {
        this.panels = panels.stream()
                .sorted(Comparator.comparingInt(HomePanel::order))
                .toList();
    }

    @GetMapping("/login")
    String login(
            @RequestParam(required = false) String error, @RequestParam(required = false) String logout, Model model) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            return "redirect:/dashboard";
        }
        String messageKey = error == null
                ? (logout != null ? "login.loggedOut" : null)
                : switch (error) {
                    case "locked" -> "login.error.locked";
                    case "disabled" -> "login.error.disabled";
                    default -> "login.error.bad";
                };
        model.addAttribute("messageKey", messageKey);
        model.addAttribute("isError", error != null);
        return "web/login";
    }

    @GetMapping("/dashboard")
    String dashboard(Model model) {
        model.addAttribute("crumbs", List.of(Crumb.of("nav.dashboard", null)));
        model.addAttribute("panels", CurrentUser.get().map(this::views).orElse(List.of()));
        return "web/dashboard";
    }

    private List<HomePanel.View> views(ScopedPrincipal user) {
        List<HomePanel.View> out = new ArrayList<>();
        for (HomePanel panel : panels) {
            try {
                panel.view(user).ifPresent(out::add);
            } catch (RuntimeException e) {
                log.warn("Home panel {} failed for {}", panel.getClass().getSimpleName(), user.username(), e);
            }
        }
        return out;
    }
}
