package vn.tochuc.identity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tochuc.organization.OrgDirectory;

/** The htmx unit picker of the account form: organizations whose name matches, as radio buttons. */
@Controller
class UnitPickerController {

    private final OrgDirectory org;

    UnitPickerController(OrgDirectory org) {
        this.org = org;
    }

    @GetMapping("/admin/units/pick")
    String pick(@RequestParam(defaultValue = "") String unitQuery, Model model) {
        model.addAttribute("units", org.search("ORGANIZATION", unitQuery, 20));
        return "identity/unit_pick";
    }
}
