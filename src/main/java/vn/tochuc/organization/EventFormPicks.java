package vn.tochuc.organization;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.tochuc.shared.Texts;
import vn.tochuc.web.FieldInputException;

/**
 * The unit fields of the restructuring form, each a unit picker: which fields an event type has, whether each takes
 * one unit or several, the units now chosen in each (for the page), and the check that every value names a unit of
 * the tree that the user may see, refused beside its field before the event is applied.
 */
@Component
class EventFormPicks {

    /** A unit field of the form: its name and whether it takes several units. */
    record Field(String name, boolean multi) {}

    private final UnitChoices choices;

    EventFormPicks(UnitChoices choices) {
        this.choices = choices;
    }

    /** The unit fields of the form's event type, in the order of the page. */
    static List<Field> fields(EventForm form) {
        List<Field> out = new java.util.ArrayList<>();
        if (!form.is("CREATE")) {
            out.add(new Field("units", form.is("MERGE", "DISSOLVE")));
        }
        if (form.is("MERGE")) {
            out.add(new Field("partialUnits", true));
        }
        if (form.is("MERGE", "DISSOLVE")) {
            out.add(new Field("target", false));
        }
        if (form.is("MOVE", "CREATE", "MERGE", "SPLIT")) {
            out.add(new Field("newParent", false));
        }
        if (form.is("SPLIT")) {
            out.add(new Field("successors", true));
        }
        return out;
    }

    /** The units chosen in each unit field of the form, by field name. */
    ChosenUnits chosen(EventForm form) {
        Map<String, List<UnitChoice>> out = new LinkedHashMap<>();
        for (Field f : fields(form)) {
            out.put(
                    f.name(),
                    choices.chosen(form.tree(), EventForm.values(form.text(f.name())), UnitChoices.Format.KEY));
        }
        return new ChosenUnits(out);
    }

    /** Refuses, beside its field, a value naming no unit of the tree, a unit out of scope, or two in a single field. */
    void check(EventForm form) {
        for (Field f : fields(form)) {
            List<String> values = EventForm.values(form.text(f.name()));
            if (!f.multi() && values.size() > 1) {
                throw new FieldInputException(f.name(), Texts.t("org.pick.one"));
            }
            for (String v : values) {
                UnitChoices.Resolved r = choices.resolve(form.tree(), v, UnitChoices.Format.KEY);
                if (r.unit().isEmpty()) {
                    throw new FieldInputException(f.name(), Texts.t("org.pick.unknown", v));
                }
                if (!r.visible()) {
                    throw new FieldInputException(f.name(), Texts.t("org.pick.outOfScope", v));
                }
            }
        }
    }
}
