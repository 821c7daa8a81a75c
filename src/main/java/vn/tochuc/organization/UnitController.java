package vn.tochuc.organization;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.tochuc.web.Crumb;
import vn.tochuc.web.NotFoundException;

/** Browse the units within the user's scope. */
@Controller
class UnitController {

    private final OrgDirectory directory;
    private final UnitScopes scopes;

    UnitController(OrgDirectory directory, UnitScopes scopes) {
        this.directory = directory;
        this.scopes = scopes;
    }

    @GetMapping("/organization/units")
    String roots(Model model) {
        model.addAttribute("units", scopes.roots());
        model.addAttribute("crumbs", List.of(Crumb.of("nav.units", null)));
        return "organization/units";
    }

    @GetMapping("/organization/units/{id}")
    String unit(@PathVariable long id, Model model) {
        OrgDirectory.UnitRef unit = directory.find(id).orElseThrow(() -> new NotFoundException("unit " + id));
        scopes.require(id);
        model.addAttribute("unit", unit);
        model.addAttribute("children", directory.children(id));
        model.addAttribute("crumbs", List.of(Crumb.of("nav.units", "/organization/units"),
                Crumb.text(unit.name(), null)));
        return "organization/unit";
    }
}
