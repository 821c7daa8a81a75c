package vn.tochuc.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's audit page: browse entries and check the chain. Under /admin, so ADMIN only. */
@Controller
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String entries(
            @RequestParam(defaultValue = "") String actor,
            @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "false") boolean verify,
            Model model) {
        model.addAttribute("entries", audit.search(actor, action, null, null, page, 100));
        model.addAttribute("actor", actor);
        model.addAttribute("action", action);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("verification", verify ? audit.verify() : null);
        return "audit/entries";
    }
}
