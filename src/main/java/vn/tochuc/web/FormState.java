package vn.tochuc.web;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A refused form being shown again: the values as the user typed them and a Vietnamese message per field
 * (and one for the whole form, such as "file too large"). Put on the request by the error handling before
 * the form page is rendered again; templates read it through {@link Shell#typed} and {@link Shell#fieldError}.
 */
public record FormState(Map<String, String> typed, Map<String, String> errors, @Nullable String message) {

    static final String ATTRIBUTE = FormState.class.getName();

    /** No form is being shown again. */
    public static final FormState NONE = new FormState(Map.of(), Map.of(), null);

    public FormState {
        typed = Map.copyOf(typed);
        errors = Map.copyOf(errors);
    }

    public boolean redisplayed() {
        return this != NONE;
    }
}
