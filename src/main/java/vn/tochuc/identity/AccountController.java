package vn.tochuc.identity;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.Crumb;
import vn.tochuc.web.FitsColumn;

/** The signed-in user's own account: personal API tokens. */
@Controller
class AccountController {

    private final ApiTokens tokens;

    AccountController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/account")
    String account(Model model) {
        model.addAttribute(
                "tokens",
                tokens.mine().stream()
                        .map(t -> new TokenView(
                                t.id(),
                                t.name(),
                                t.prefix(),
                                VnFormats.dateTime(t.createdAt()),
                                t.lastUsedAt() == null ? "" : VnFormats.dateTime(t.lastUsedAt()),
                                t.revoked()))
                        .toList());
        model.addAttribute("crumbs", List.of(Crumb.of("nav.account", null)));
        return "identity/account";
    }

    @PostMapping("/account/tokens")
    String create(@RequestParam @FitsColumn("idn_api_token.name") String name, RedirectAttributes redirect) {
        redirect.addFlashAttribute("newToken", tokens.create(name));
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(id);
        redirect.addFlashAttribute("flashKey", "token.revokedFlash");
        return "redirect:/account";
    }
}
