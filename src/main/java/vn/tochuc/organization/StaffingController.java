package vn.tochuc.organization;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.Crumb;
import vn.tochuc.web.CurrentUser;
import vn.tochuc.web.FieldInputException;
import vn.tochuc.web.NotFoundException;
import vn.tochuc.web.RefusedForms;
import vn.tochuc.web.Role;

/**
 * The staffing page of an organization: job positions (JOB-01..JOB-05), headcount (JOB-06) and the KL 40
 * streamlining check (ORG-09). A refused form is shown again with its message and nothing saved.
 */
@Controller
class StaffingController {

    private final StaffingService staffing;
    private final StaffingRepository repo;
    private final OrgDirectory directory;
    private final RefusedForms refused;

    StaffingController(
            StaffingService staffing, StaffingRepository repo, OrgDirectory directory, RefusedForms refused) {
        this.staffing = staffing;
        this.repo = repo;
        this.directory = directory;
        this.refused = refused;
    }

    @GetMapping("/organization/units/{id}/staffing")
    String page(@PathVariable long id, Model model) {
        return show(id, null, null, model);
    }

    @PostMapping("/organization/units/{id}/staffing/positions")
    String addPosition(
            @PathVariable long id,
            @ModelAttribute StaffingForms.PositionForm form,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes flash,
            Model model) {
        return submit(id, "position", () -> staffing.addPosition(form.toPosition(id)), request, response, flash, model);
    }

    @PostMapping("/organization/units/{id}/staffing/headcount")
    String saveHeadcount(
            @PathVariable long id,
            @ModelAttribute StaffingForms.HeadcountForm form,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes flash,
            Model model) {
        return submit(
                id, "headcount", () -> staffing.saveHeadcount(form.toHeadcount(id)), request, response, flash, model);
    }

    /** Saves, or shows the page again with the refusal (422) when the input breaks a rule; nothing is saved then. */
    private String submit(
            long id,
            String formName,
            Runnable save,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes flash,
            Model model) {
        requireEditor();
        try {
            save.run();
        } catch (FieldInputException e) {
            // The page again with the values as typed and the message beside the field.
            refused.keep(request, model, e);
            response.setStatus(422);
            return show(id, null, formName, model);
        } catch (BadInputException e) {
            response.setStatus(422);
            return show(id, e.getMessage(), formName, model);
        }
        flash.addFlashAttribute("flashKey", "staffing.saved");
        return "redirect:/organization/units/" + id + "/staffing";
    }

    private String show(long id, @Nullable String error, @Nullable String errorForm, Model model) {
        OrgDirectory.UnitRef unit = directory.find(id).orElseThrow(() -> new NotFoundException("unit " + id));
        List<Staffing.Position> positions = staffing.positions(id); // checks scope and that it is an organization
        model.addAttribute(
                "page",
                new StaffingPage(
                        unit,
                        positions,
                        staffing.headcount(id),
                        staffing.streamlining(id, OrgClock.today()),
                        repo.groups().stream()
                                .map(g -> new StaffingPage.Group(g[0], g[1]))
                                .toList(),
                        Staffing.CATEGORIES,
                        Staffing.WORKLOADS,
                        editor(),
                        error,
                        errorForm));
        model.addAttribute(
                "crumbs",
                List.of(
                        Crumb.of("nav.units", "/organization/units"),
                        Crumb.text(unit.name(), "/organization/units/" + id),
                        Crumb.of("staffing.title", null)));
        return "organization/staffing";
    }

    private static boolean editor() {
        return CurrentUser.has(Role.ORG_STAFF) || CurrentUser.has(Role.ADMIN);
    }

    private static void requireEditor() {
        CurrentUser.require(Role.ORG_STAFF, Role.ADMIN);
    }
}
