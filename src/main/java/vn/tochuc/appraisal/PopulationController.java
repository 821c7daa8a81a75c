package vn.tochuc.appraisal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tochuc.shared.Texts;
import vn.tochuc.shared.VnFormats;

/** Opens a cycle for the whole unit: every cadre of the subtree with their planned work items. */
@Controller
class PopulationController {

    private final CyclePopulation population;

    PopulationController(CyclePopulation population) {
        this.population = population;
    }

    @PostMapping("/appraisal/cycles/{id}/populate")
    String populate(@PathVariable long id, RedirectAttributes flash) {
        CyclePopulation.Outcome o = population.populate(id);
        flash.addFlashAttribute(
                "flash", Texts.t("appr.populate.done", VnFormats.number(o.members()), VnFormats.number(o.items())));
        return "redirect:/appraisal/cycles/" + id;
    }
}
