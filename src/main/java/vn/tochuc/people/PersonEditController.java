package vn.tochuc.people;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.organization.UnitScopes;
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.Crumb;
import vn.tochuc.web.CurrentUser;

/** Create and edit forms of a person record, with every field validated and refused forms shown again. */
@Controller
class PersonEditController {

    private final People people;
    private final PersonService service;
    private final OrgDirectory directory;
    private final UnitScopes scopes;

    PersonEditController(People people, PersonService service, OrgDirectory directory, UnitScopes scopes) {
        this.people = people;
        this.service = service;
        this.directory = directory;
        this.scopes = scopes;
    }

    @GetMapping("/people/new")
    String newForm(Model model) {
        return form(
                model,
                new PersonForm(
                        Map.of(
                                "theory",
                                "NONE",
                                "stateMgmt",
                                "NONE",
                                "religion",
                                "Không",
                                "ethnicity",
                                "Kinh",
                                "sex",
                                "M"),
                        true),
                "/people");
    }

    @PostMapping("/people")
    String create(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        PersonForm form = new PersonForm(params, true);
        Person p = form.toPerson(
                0,
                0,
                null,
                code -> directory
                        .findByCode("ORGANIZATION", code)
                        .filter(u -> scopes.covers(CurrentUser.scope(), u.id()))
                        .map(OrgDirectory.UnitRef::id)
                        .orElse(null));
        if (p == null || form.positionFrom() == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, form, "/people");
        }
        long id = service.create(p, form.positionFrom(), List.of());
        return "redirect:/people/" + id;
    }

    @GetMapping("/people/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        PersonFile f = people.file(id);
        if (!f.editable()) {
            throw new BadInputException("Chỉ cán bộ tổ chức trong phạm vi quản lý mới được sửa hồ sơ.");
        }
        return form(model, PersonForm.of(f.person()), "/people/" + id);
    }

    @PostMapping("/people/{id}")
    String update(
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response) {
        PersonFile f = people.file(id);
        if (!f.editable()) {
            throw new BadInputException("Chỉ cán bộ tổ chức trong phạm vi quản lý mới được sửa hồ sơ.");
        }
        PersonForm form = new PersonForm(params, false);
        Person p = form.toPerson(id, f.person().currentUnitId(), f.person().currentPosition(), code -> null);
        if (p == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, form, "/people/" + id);
        }
        service.update(p);
        return "redirect:/people/" + id;
    }

    private String form(Model model, PersonForm form, String action) {
        model.addAttribute("form", form);
        model.addAttribute("action", action);
        model.addAttribute(
                "crumbs",
                List.of(
                        Crumb.of("nav.people", "/people"),
                        Crumb.of(form.creating() ? "people.new" : "person.edit", null)));
        return "people/form";
    }
}
