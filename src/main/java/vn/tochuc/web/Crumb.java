package vn.tochuc.web;

import org.jspecify.annotations.Nullable;

/** One breadcrumb: a message key (already-localized labels go through {@link #text}) and a link. */
public record Crumb(String label, @Nullable String href, boolean literal) {

    public static Crumb of(String messageKey, @Nullable String href) {
        return new Crumb(messageKey, href, false);
    }

    /** A crumb whose label is data (a unit's name), not a message key. */
    public static Crumb text(String label, @Nullable String href) {
        return new Crumb(label, href, true);
    }
}
