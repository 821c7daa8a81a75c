package vn.tochuc.web;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A refused form being shown again: the values as the user typed them and a Vietnamese message per field
 * (and one for the whole form, such as "file too large"). Put on the request by the error handling before
 * the form page is rendered again; templates read it through {@link Shell#typed} and {@link Shell#fieldError}.
 * {@code action} is the path the form was posted to, so that only that form (of several on a page) takes the
 * typed values back.
 */
public record FormState(
        String action,
        Map<String, String> typed,
        Map<String, String> errors,
        @Nullable String message) {

    static final String ATTRIBUTE = FormState.class.getName();

    /** No form is being shown again. */
    public static final FormState NONE = new FormState("", Map.of(), Map.of(), null);

    public FormState {
        typed = Map.copyOf(typed);
        errors = Map.copyOf(errors);
    }

    public boolean redisplayed() {
        return this != NONE;
    }

    /** True when this is the refused form posted to {@code formAction} (a path, query string ignored). */
    public boolean isFor(String formAction) {
        int q = formAction.indexOf('?');
        return redisplayed() && action.equals(q < 0 ? formAction : formAction.substring(0, q));
    }
}
