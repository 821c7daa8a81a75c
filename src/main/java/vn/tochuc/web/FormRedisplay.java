package vn.tochuc.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.ServletRequestPathUtils;
import vn.tochuc.shared.VnFormats;

/**
 * Shows a refused page form again instead of the generic error page: the page the form was posted from (its
 * {@code Referer}, same site only, and only if the user may open it) is rendered again in the same request
 * with the values as typed and a Vietnamese message beside each bad field ({@link FormState}). Used by
 * {@link ErrorHandling} for unreadable dates and numbers, binding errors, {@link FieldInputException} and an
 * upload over the multipart limit. API calls and htmx requests keep their JSON or fragment answers.
 */
@Component
class FormRedisplay {

    private static final Logger log = LoggerFactory.getLogger(FormRedisplay.class);

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private final ObjectProvider<RequestMappingHandlerAdapter> adapters;
    private final ObjectProvider<WebInvocationPrivilegeEvaluator> privileges;
    private final MessageSource messages;

    FormRedisplay(
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings,
            ObjectProvider<RequestMappingHandlerAdapter> adapters,
            ObjectProvider<WebInvocationPrivilegeEvaluator> privileges,
            MessageSource messages) {
        this.mappings = mappings;
        this.adapters = adapters;
        this.privileges = privileges;
        this.messages = messages;
    }

    /** The form page again for {@code e}, or null when {@code e} is not about a field or no form page applies. */
    @Nullable
    ModelAndView forException(Exception e, HttpServletRequest req, HttpServletResponse res) {
        if (!"POST".equals(req.getMethod()) || req.getHeader("HX-Request") != null || ErrorHandling.wantsJson(req)) {
            return null;
        }
        Locale locale = RequestContextUtils.getLocale(req);
        Map<String, String> typed = typed(req);
        Map<String, String> errors = new LinkedHashMap<>();
        String message = null;
        HttpStatus status = HttpStatus.BAD_REQUEST;
        if (e instanceof MaxUploadSizeExceededException) {
            status = HttpStatus.PAYLOAD_TOO_LARGE;
            message = messages.getMessage("form.file-too-large", null, locale);
        } else if (e instanceof FieldInputException f) {
            errors.put(f.field(), f.getMessage());
        } else if (e instanceof VnFormats.InvalidDateException d) {
            fieldsTyped(typed, d.input()).forEach(n -> errors.put(n, d.getMessage()));
        } else if (e instanceof VnFormats.InvalidNumberException n) {
            fieldsTyped(typed, n.input()).forEach(f -> errors.put(f, n.getMessage()));
        } else if (e instanceof MethodArgumentTypeMismatchException m) {
            errors.put(m.getName(), mismatch(m, String.valueOf(m.getValue()), locale));
        } else if (e instanceof BindException b) {
            for (FieldError f : b.getFieldErrors()) {
                String value = String.valueOf(f.getRejectedValue());
                errors.putIfAbsent(
                        f.getField(),
                        f.contains(TypeMismatchException.class)
                                ? mismatch(f.unwrap(TypeMismatchException.class), value, locale)
                                : messages.getMessage("form.invalid-value", new Object[] {value}, locale));
            }
        } else {
            return null;
        }
        if (errors.isEmpty() && message == null) {
            return null;
        }
        return render(req, res, status, new FormState(req.getRequestURI(), typed, errors, message));
    }

    private @Nullable ModelAndView render(
            HttpServletRequest req, HttpServletResponse res, HttpStatus status, FormState state) {
        URI page = referer(req);
        var auth = SecurityContextHolder.getContext().getAuthentication();
        WebInvocationPrivilegeEvaluator privilege = privileges.getIfAvailable();
        if (page == null
                || privilege == null
                || !privilege.isAllowed(req.getContextPath(), page.getRawPath(), "GET", auth)) {
            return null;
        }
        try {
            GetRequest get = new GetRequest(req, page);
            ServletRequestPathUtils.parseAndCache(get);
            HandlerExecutionChain chain = mappings.getObject().getHandler(get);
            if (chain == null || !(chain.getHandler() instanceof HandlerMethod)) {
                return null;
            }
            req.setAttribute(FormState.ATTRIBUTE, state);
            res.setStatus(status.value());
            ModelAndView mav = adapters.getObject().handle(get, res, chain.getHandler());
            if (mav == null || mav.getViewName() == null || mav.getViewName().startsWith("redirect:")) {
                return null;
            }
            mav.setStatus(status);
            return mav;
        } catch (Exception again) {
            log.debug("Could not show {} again: {}", page, again.toString());
            req.removeAttribute(FormState.ATTRIBUTE);
            return null;
        }
    }

    private static @Nullable URI referer(HttpServletRequest req) {
        String referer = req.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(req.getServerName())) {
                return null;
            }
            String path = uri.getRawPath();
            return path == null || !path.startsWith(req.getContextPath() + "/") ? null : uri;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String mismatch(@Nullable TypeMismatchException e, String value, Locale locale) {
        Class<?> type = e == null ? null : e.getRequiredType();
        String key =
                type != null && (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class))
                        ? "form.not-a-number"
                        : type == java.time.LocalDate.class ? "form.not-a-date" : "form.invalid-value";
        return messages.getMessage(key, new Object[] {value}, locale);
    }

    static Map<String, String> typed(HttpServletRequest req) {
        Map<String, String> typed = new LinkedHashMap<>();
        try {
            req.getParameterMap().forEach((k, v) -> {
                if (!k.equals("_csrf") && v.length > 0) {
                    typed.put(k, v[0]);
                }
            });
        } catch (RuntimeException unreadable) {
            // A body over the limit cannot be read: nothing typed to keep.
        }
        return typed;
    }

    private static java.util.List<String> fieldsTyped(Map<String, String> typed, String input) {
        return typed.entrySet().stream()
                .filter(en -> en.getValue().strip().equals(input))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The original request seen as a plain GET of the form page, without the posted body. */
    private static final class GetRequest extends QueryOnlyRequest {

        private final URI page;

        GetRequest(HttpServletRequest req, URI page) {
            super(req, page.getRawQuery());
            this.page = page;
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getRequestURI() {
            return page.getRawPath();
        }

        @Override
        public StringBuffer getRequestURL() {
            return new StringBuffer(page.getRawPath());
        }

        @Override
        public String getServletPath() {
            return page.getRawPath().substring(getContextPath().length());
        }

        @Override
        public @Nullable String getPathInfo() {
            return null;
        }

        @Override
        public @Nullable String getQueryString() {
            return page.getRawQuery();
        }

        @Override
        public @Nullable String getContentType() {
            return null;
        }

        @Override
        public @Nullable String getHeader(String name) {
            return "Content-Type".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public int getContentLength() {
            return 0;
        }

        @Override
        public long getContentLengthLong() {
            return 0;
        }
    }
}
