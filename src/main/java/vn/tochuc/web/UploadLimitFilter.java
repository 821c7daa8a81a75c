package vn.tochuc.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A multipart body over {@code spring.servlet.multipart} limits makes Tomcat throw from the first
 * {@code getParameter}, which the CSRF filter calls before any controller: the user got the 500 page. This
 * filter reads the parts first; when they are over the limit the request goes on with its query-string
 * parameters only (forms put the CSRF token there) and {@code getParts} failing, so Spring answers with
 * {@code MaxUploadSizeExceededException}: the form page again with "file too large", 413 JSON on the API.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UploadLimitFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        RuntimeException tooLarge = null;
        try {
            request.getParameterNames();
        } catch (RuntimeException e) {
            if (!overLimit(e)) {
                throw e;
            }
            tooLarge = e;
        }
        chain.doFilter(tooLarge == null ? request : new Refused(request, tooLarge), response);
    }

    static boolean overLimit(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            String m = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("exceed") && (m.contains("size") || m.contains("length"))) {
                return true;
            }
        }
        return false;
    }

    /** The request without its unreadable body: query-string parameters only, parts refused with the cause. */
    private static final class Refused extends QueryOnlyRequest {

        private final RuntimeException cause;

        Refused(HttpServletRequest request, RuntimeException cause) {
            super(request, request.getQueryString());
            this.cause = cause;
        }

        @Override
        public Collection<Part> getParts() {
            throw new IllegalStateException(cause.getMessage(), cause);
        }

        @Override
        public Part getPart(String name) {
            throw new IllegalStateException(cause.getMessage(), cause);
        }
    }
}
