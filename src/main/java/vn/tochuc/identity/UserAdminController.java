package vn.tochuc.identity;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.Crumb;
import vn.tochuc.web.NotFoundException;

/** Admin pages: list and search users, create (htmx form), edit roles and scope, reset, unlock. */
@Controller
class UserAdminController {

    private final Users users;
    private final OrgDirectory org;

    UserAdminController(Users users, OrgDirectory org) {
        this.users = users;
        this.org = org;
    }

    @GetMapping("/admin/users")
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        model.addAttribute("users", users.search(q, page, 50));
        model.addAttribute("q", q);
        model.addAttribute("crumbs", List.of(Crumb.of("nav.users", null)));
        return htmx != null ? "identity/users_table" : "identity/users";
    }

    @PostMapping("/admin/users")
    String create(
            @ModelAttribute UserAdminForm form,
            Model model,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            RedirectAttributes redirect) {
        try {
            users.create(new NewUser(
                    UserAdminForm.text(form.username()),
                    UserAdminForm.text(form.fullName()),
                    UserAdminForm.text(form.password()),
                    form.homeUnitId(),
                    form.global(),
                    form.scopeSet(),
                    form.roleSet()));
            model.addAttribute(
                    "created", UserAdminForm.text(form.username()).trim().toLowerCase());
            model.addAttribute("error", null);
            model.addAttribute("form", null);
            model.addAttribute("homeUnit", java.util.List.of());
        } catch (BadInputException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("created", null);
            model.addAttribute("form", form);
            model.addAttribute("homeUnit", org.chosen(ids(form.homeUnitId())));
        }
        if (htmx == null) {
            // Without JavaScript: back to the list with the outcome as a flash message.
            Object error = model.getAttribute("error");
            redirect.addFlashAttribute("flash", error != null ? error : model.getAttribute("created"));
            redirect.addFlashAttribute("flashKind", error != null ? "error" : "success");
            return "redirect:/admin/users";
        }
        return "identity/user_form";
    }

    @GetMapping("/admin/users/{id}")
    String show(@PathVariable long id, Model model) {
        UserSummary user = users.find(id).orElseThrow(() -> new NotFoundException("user " + id));
        model.addAttribute("user", user);
        model.addAttribute("person", users.linkedPerson(user).orElse(null));
        model.addAttribute("homeUnit", org.chosen(ids(user.homeUnitId())));
        model.addAttribute(
                "extraScope",
                org.chosen(user.extraScopeUnitIds().stream().sorted().toList()));
        model.addAttribute("crumbs", List.of(Crumb.of("nav.users", "/admin/users"), Crumb.text(user.username(), null)));
        return "identity/user";
    }

    @PostMapping("/admin/users/{id}")
    String update(@PathVariable long id, @ModelAttribute UserAdminForm form, RedirectAttributes redirect) {
        try {
            users.update(
                    id,
                    UserAdminForm.text(form.fullName()),
                    form.homeUnitId(),
                    form.global(),
                    form.scopeSet(),
                    form.roleSet(),
                    form.active());
            redirect.addFlashAttribute("flashKey", "common.saved");
        } catch (BadInputException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
            redirect.addFlashAttribute("flashKind", "error");
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/person")
    String linkPerson(
            @PathVariable long id, @RequestParam(required = false) Long personId, RedirectAttributes redirect) {
        try {
            users.linkPerson(id, personId);
            redirect.addFlashAttribute("flashKey", "common.saved");
        } catch (BadInputException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
            redirect.addFlashAttribute("flashKind", "error");
        }
        return "redirect:/admin/users/" + id;
    }

    /** The person picker of the user page: people found by name (any accents or none), as radio buttons. */
    @GetMapping("/admin/people/pick")
    String pickPerson(@RequestParam(defaultValue = "") String personQuery, Model model) {
        model.addAttribute("people", users.pickPeople(personQuery));
        return "identity/person_pick";
    }

    private static List<Long> ids(@org.jspecify.annotations.Nullable Long id) {
        return id == null ? List.of() : List.of(id);
    }

    @PostMapping("/admin/users/{id}/password")
    String reset(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
        try {
            users.resetPassword(id, password);
            redirect.addFlashAttribute("flashKey", "common.saved");
        } catch (BadInputException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
            redirect.addFlashAttribute("flashKind", "error");
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        users.unlock(id);
        redirect.addFlashAttribute("flashKey", "common.saved");
        return "redirect:/admin/users/" + id;
    }
}
