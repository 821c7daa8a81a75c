package vn.tochuc.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestValueException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.tochuc.audit.AuditEntry;
import vn.tochuc.audit.AuditLog;

/**
 * Turns every exception into a Vietnamese answer: an error page for the back office, problem JSON for
 * {@code /api/**}. No stack trace ever reaches a user; unexpected errors get an incident number that is
 * logged with the trace.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final ShellFactory shells;
    private final AuditLog audit;
    private final FormRedisplay forms;

    ErrorHandling(ShellFactory shells, AuditLog audit, FormRedisplay forms) {
        this.shells = shells;
        this.audit = audit;
        this.forms = forms;
    }

    @ExceptionHandler(OutOfScopeException.class)
    Object outOfScope(OutOfScopeException e, HttpServletRequest req, HttpServletResponse res) {
        audit.recordIndependently(AuditEntry.denied(
                CurrentUser.name(), req.getMethod(), "UNIT", e.unitId(), e.unitId(), "scope: " + req.getRequestURI()));
        return answer(req, res, HttpStatus.FORBIDDEN, "error.403.scope", null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object denied(AccessDeniedException e, HttpServletRequest req, HttpServletResponse res) {
        audit.recordIndependently(
                AuditEntry.denied(CurrentUser.name(), req.getMethod(), "URL", req.getRequestURI(), null, "role"));
        return answer(req, res, HttpStatus.FORBIDDEN, "error.403", null);
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    Object notFound(Exception e, HttpServletRequest req, HttpServletResponse res) {
        return answer(req, res, HttpStatus.NOT_FOUND, "error.404", null);
    }

    @ExceptionHandler(BadInputException.class)
    Object badInput(BadInputException e, HttpServletRequest req, HttpServletResponse res) {
        ModelAndView again = forms.forException(e, req, res);
        if (again != null) {
            return again;
        }
        return answer(req, res, HttpStatus.BAD_REQUEST, "error.400", e.getMessage());
    }

    @ExceptionHandler({
        TypeMismatchException.class,
        MissingRequestValueException.class,
        ServletRequestBindingException.class,
        HttpMessageNotReadableException.class,
        BindException.class,
        HandlerMethodValidationException.class,
        MultipartException.class,
        IllegalArgumentException.class
    })
    Object malformed(Exception e, HttpServletRequest req, HttpServletResponse res) {
        ModelAndView again = forms.forException(e, req, res);
        if (again != null) {
            return again;
        }
        if (e instanceof MaxUploadSizeExceededException) {
            return answer(req, res, HttpStatus.PAYLOAD_TOO_LARGE, "error.413", null);
        }
        log.debug("Malformed request {}: {}", req.getRequestURI(), e.toString());
        return answer(req, res, HttpStatus.BAD_REQUEST, "error.400", null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(Exception e, HttpServletRequest req, HttpServletResponse res) {
        return answer(req, res, HttpStatus.METHOD_NOT_ALLOWED, "error.405", null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(Exception e, HttpServletRequest req, HttpServletResponse res) {
        return answer(req, res, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.415", null);
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest req, HttpServletResponse res) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("Incident {} on {} {}", incident, req.getMethod(), req.getRequestURI(), e);
        return answer(req, res, HttpStatus.INTERNAL_SERVER_ERROR, "error.500", incident);
    }

    private Object answer(
            HttpServletRequest req, HttpServletResponse res, HttpStatus status, String key, String detail) {
        Shell shell = shells.create(req);
        String message =
                detail == null ? shell.t(key) : key.equals("error.500") ? shell.t(key + ".incident", detail) : detail;
        if (wantsJson(req)) {
            ProblemDetail pd = ApiErrors.problem(status, message, req.getRequestURI());
            return org.springframework.http.ResponseEntity.status(status)
                    .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                    .body(pd);
        }
        res.setStatus(status.value());
        ModelAndView mav =
                new ModelAndView("error/page", Map.of("shell", shell, "status", status.value(), "message", message));
        mav.setStatus(status);
        return mav;
    }

    static boolean wantsJson(HttpServletRequest req) {
        String accept = req.getHeader("Accept");
        return req.getRequestURI().startsWith(req.getContextPath() + "/api/")
                || (accept != null && accept.contains("json") && !accept.contains("html"));
    }
}
