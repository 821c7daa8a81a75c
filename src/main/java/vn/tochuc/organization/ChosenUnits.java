package vn.tochuc.organization;

import java.util.List;
import java.util.Map;

/** The units chosen in each unit picker of a form, by the field's name, for the form's template. */
public record ChosenUnits(Map<String, List<UnitChoice>> byField) {

    public ChosenUnits {
        byField = Map.copyOf(byField);
    }

    /** The units chosen in {@code field}; none when the form has no such picker. */
    public List<UnitChoice> in(String field) {
        return byField.getOrDefault(field, List.of());
    }
}
