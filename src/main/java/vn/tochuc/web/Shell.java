package vn.tochuc.web;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import vn.tochuc.shared.VnFormats;

/**
 * Everything the layout needs on every page: the user, the navigation for their roles, the CSRF token,
 * a flash message and the message bundle for the request's locale. Templates call {@link #t} for every
 * piece of text, so no literal Vietnamese or English sits in a template.
 */
public record Shell(
        MessageSource messages,
        Locale locale,
        @Nullable ScopedPrincipal user,
        List<NavItem> nav,
        String path,
        @Nullable CsrfToken csrf,
        @Nullable String flash,
        @Nullable String flashKind,
        FormState form) {

    public Shell(
            MessageSource messages,
            Locale locale,
            @Nullable ScopedPrincipal user,
            List<NavItem> nav,
            String path,
            @Nullable CsrfToken csrf,
            @Nullable String flash,
            @Nullable String flashKind) {
        this(messages, locale, user, nav, path, csrf, flash, flashKind, FormState.NONE);
    }

    /**
     * The value of input {@code name} of the form posted to {@code action}: what the user typed when that form
     * was refused and is shown again, otherwise {@code fallback} (the stored value or a default).
     */
    public String typed(String action, String name, @Nullable Object fallback) {
        if (form.isFor(action)) {
            return form.typed().getOrDefault(name, "");
        }
        return fallback == null ? "" : fallback.toString();
    }

    /** The Vietnamese message for input {@code name} of the refused form posted to {@code action}, or null. */
    public @Nullable String fieldError(String action, String name) {
        return form.isFor(action) ? form.errors().get(name) : null;
    }

    public String t(String key, Object... args) {
        return messages.getMessage(key, args, "??" + key + "??", locale);
    }

    /** The message for {@code key}, or {@code fallback} when the bundle has none (codes stored as data). */
    public String tOr(String key, String fallback) {
        return messages.getMessage(key, null, fallback, locale);
    }

    public String label(Crumb crumb) {
        return crumb.literal() ? crumb.label() : t(crumb.label());
    }

    public boolean has(String role) {
        return user != null && user.roles().contains(Role.valueOf(role));
    }

    public boolean active(NavItem item) {
        return path.equals(item.href()) || path.startsWith(item.href() + "/");
    }

    public String lang() {
        return locale.getLanguage();
    }

    public String csrfHeaderJson() {
        return csrf == null ? "{}" : "{\"" + csrf.getHeaderName() + "\": \"" + csrf.getToken() + "\"}";
    }

    public String number(long n) {
        return VnFormats.number(n);
    }

    /** A decimal with one fractional digit, Vietnamese style (12,5). */
    public String number(java.math.BigDecimal n) {
        return VnFormats.number(n, 1);
    }

    public String date(java.time.LocalDate d) {
        return VnFormats.date(d);
    }

    public String dateTime(java.time.OffsetDateTime t) {
        return VnFormats.dateTime(t);
    }
}
