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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.Crumb;
import vn.tochuc.web.CurrentUser;
import vn.tochuc.web.FieldInputException;
import vn.tochuc.web.NotFoundException;
import vn.tochuc.web.RefusedForms;

/**
 * Forms for each event type, their units chosen with unit pickers; a refused event shows its message on the form
 * (htmx swaps the form only), a refused unit beside its field, the values kept.
 */
@Controller
class EventFormController {

    private final OrgDirectory directory;
    private final HistoryRepository history;
    private final Restructuring restructuring;
    private final UnitScopes scopes;
    private final EventFormPicks picks;
    private final RefusedForms refused;

    EventFormController(
            OrgDirectory directory,
            HistoryRepository history,
            Restructuring restructuring,
            UnitScopes scopes,
            EventFormPicks picks,
            RefusedForms refused) {
        this.directory = directory;
        this.history = history;
        this.restructuring = restructuring;
        this.scopes = scopes;
        this.picks = picks;
        this.refused = refused;
    }

    @GetMapping("/organization/events/new")
    String form(
            @RequestParam(defaultValue = "MERGE") String type, @RequestParam(required = false) Long unit, Model model) {
        EventType t = EventRequest.type(type);
        OrgDirectory.UnitRef ref =
                unit == null ? null : directory.find(unit).orElseThrow(() -> new NotFoundException("unit " + unit));
        if (ref != null) {
            UnitPages.requireReadable(scopes, ref);
        }
        String tree = ref == null ? "ORGANIZATION" : ref.tree();
        return show(EventForm.blank(t.name(), tree, unit, ref == null ? null : ref.parentId()), null, false, model);
    }

    @PostMapping("/organization/events")
    String submit(
            @ModelAttribute EventForm form,
            @RequestHeader(value = "HX-Request", required = false) String hx,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            picks.check(form);
            List<Long> ids = restructuring.applyAsUser(List.of(form.toCommand()), CurrentUser.name());
            OrgEvent e = directory.eventsById(ids.get(0));
            long to = e.withRole("SUCCESSOR").stream()
                    .findFirst()
                    .or(() -> e.parties().stream().findFirst())
                    .map(OrgEvent.Party::unitId)
                    .orElse(form.unit() == null ? 0L : form.unit());
            String target = "/organization/units/" + to + "?asOf=" + e.effectiveOn();
            if (hx != null) {
                response.setHeader("HX-Redirect", target);
                return show(form, null, true, model);
            }
            return "redirect:" + target;
        } catch (FieldInputException error) {
            response.setStatus(422);
            refused.keep(request, model, error);
            return show(form, null, hx != null, model);
        } catch (BadInputException error) {
            response.setStatus(422);
            return show(form, error.getMessage(), hx != null, model);
        }
    }

    @PostMapping("/organization/events/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(required = false) Long unit) {
        restructuring.withdraw(id, CurrentUser.name());
        return "redirect:" + (unit == null ? "/organization/units" : "/organization/units/" + unit);
    }

    private String show(EventForm form, @Nullable String error, boolean fragment, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("picked", picks.chosen(form));
        model.addAttribute(
                "kinds",
                history.kinds().values().stream()
                        .filter(k -> k.tree().equals(form.tree()))
                        .sorted(java.util.Comparator.comparing(OrgKind::level).thenComparing(OrgKind::name))
                        .toList());
        model.addAttribute(
                "crumbs",
                List.of(
                        Crumb.of("nav.units", "/organization/units?tree=" + form.tree()),
                        Crumb.of("org.event.type." + form.type(), null)));
        return fragment ? "organization/event_form_fields" : "organization/event_form";
    }
}
