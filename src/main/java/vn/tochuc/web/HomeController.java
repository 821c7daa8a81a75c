package vn.tochuc.web;

import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Login page and the landing page after login (the root {@code /} belongs to the public portal). */
@Controller
class HomeController {

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
        return "web/dashboard";
    }
}
