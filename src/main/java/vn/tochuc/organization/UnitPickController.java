package vn.tochuc.organization;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.BadInputException;

/**
 * The unit picker's htmx search ({@code organization/unit_pick_field.jte}): for the form field {@code field}, the
 * units already chosen (the field's current values, sent along) and the units whose name matches {@code q}, as radio
 * buttons or, with {@code multi}, checkboxes of that field. Only units the user may see, in Vietnamese order, in force
 * on the event date when the form has one ({@code on}, or the restructuring form's {@code effectiveOn}).
 */
@Controller
class UnitPickController {

    private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");

    private final UnitChoices choices;

    UnitPickController(UnitChoices choices) {
        this.choices = choices;
    }

    @GetMapping("/organization/units/pick")
    String pick(
            @RequestParam String field,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "false") boolean multi,
            @RequestParam(defaultValue = "id") String format,
            @RequestParam(defaultValue = "ORGANIZATION") String tree,
            @RequestParam(required = false) String on,
            @RequestParam(required = false) String effectiveOn,
            HttpServletRequest request,
            Model model) {
        if (!FIELD.matcher(field).matches() || field.equals("q")) {
            throw new BadInputException(vn.tochuc.shared.Texts.t("org.pick.badField"));
        }
        String t = EventRequest.tree(tree);
        UnitChoices.Format f = UnitChoices.Format.of(format);
        String[] sent = request.getParameterValues(field);
        List<String> values = sent == null
                ? List.of()
                : Arrays.stream(sent)
                        .map(String::strip)
                        .filter(v -> !v.isEmpty())
                        .distinct()
                        .toList();
        if (!multi && values.size() > 1) {
            values = values.subList(0, 1);
        }
        model.addAttribute("field", field);
        model.addAttribute("multi", multi);
        model.addAttribute("chosen", choices.chosen(t, values, f));
        model.addAttribute("found", choices.search(t, q, date(on != null ? on : effectiveOn), f, values));
        model.addAttribute("searched", !q.isBlank());
        return "organization/unit_pick_options";
    }

    /** The date typed on the form, or today while it is empty or still being typed. */
    private static LocalDate date(@Nullable String text) {
        if (text != null && !text.isBlank()) {
            try {
                return VnFormats.parseDate(text);
            } catch (VnFormats.InvalidDateException e) {
                // Not a date yet: offer the units of today.
            }
        }
        return OrgClock.today();
    }
}
