package vn.tochuc.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Builds the {@link Shell} for a request; used by the controller advice and by the error pages. */
@Component
class ShellFactory {

    private final MessageSource messages;
    private final List<NavContribution> contributions;

    ShellFactory(MessageSource messages, List<NavContribution> contributions) {
        this.messages = messages;
        this.contributions = contributions;
    }

    Shell create(HttpServletRequest request) {
        ScopedPrincipal user = CurrentUser.get().orElse(null);
        Set<Role> roles = user == null ? Set.of() : user.roles();
        List<NavItem> nav = user == null
                ? List.of()
                : new LazyNav(() -> contributions.stream()
                        .flatMap(c -> c.navItems().stream())
                        .filter(i -> i.visibleTo(roles))
                        .sorted(Comparator.comparingInt(NavItem::order))
                        .toList());
        CsrfToken deferred = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        // Resolve the deferred token now: fragments may be rendered later, off the request thread (SSE).
        CsrfToken csrf = deferred == null
                ? null
                : new DefaultCsrfToken(deferred.getHeaderName(), deferred.getParameterName(), deferred.getToken());
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        String flashText = flash == null ? null : (String) flash.get("flash");
        if (flash != null && flash.get("flashKey") instanceof String key) {
            flashText = messages.getMessage(key, null, key, RequestContextUtils.getLocale(request));
        }
        String flashKind = flash == null ? null : (String) flash.get("flashKind");
        FormState form = request.getAttribute(FormState.ATTRIBUTE) instanceof FormState f ? f : FormState.NONE;
        if (form.redisplayed()) {
            flashText = form.message() != null
                    ? form.message()
                    : messages.getMessage("form.fix-fields", null, RequestContextUtils.getLocale(request));
            flashKind = "error";
        }
        return new Shell(
                messages,
                RequestContextUtils.getLocale(request),
                user,
                nav,
                path(request),
                csrf,
                flashText,
                flashKind == null ? "success" : flashKind,
                form);
    }

    private static String path(HttpServletRequest request) {
        @Nullable Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
        return forwarded != null ? forwarded.toString() : request.getRequestURI();
    }
}
