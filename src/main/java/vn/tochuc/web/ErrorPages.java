package vn.tochuc.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** Errors raised outside controllers (filters, the container) and the 403 page of the security chain. */
@Controller
class ErrorPages implements ErrorController {

    private final ShellFactory shells;

    ErrorPages(ShellFactory shells) {
        this.shells = shells;
    }

    @RequestMapping("/error/403")
    ModelAndView forbidden(HttpServletRequest req, HttpServletResponse res) {
        return page(req, res, HttpStatus.FORBIDDEN);
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView errorPage(HttpServletRequest req, HttpServletResponse res) {
        return page(req, res, status(req));
    }

    @RequestMapping("/error")
    ResponseEntity<?> errorJson(HttpServletRequest req) {
        HttpStatus status = status(req);
        Shell shell = shells.create(req);
        Object uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiErrors.problem(status, shell.t(key(status)), uri == null ? "/error" : uri.toString()));
    }

    private ModelAndView page(HttpServletRequest req, HttpServletResponse res, HttpStatus status) {
        Shell shell = shells.create(req);
        res.setStatus(status.value());
        ModelAndView mav = new ModelAndView(
                "error/page", Map.of("shell", shell, "status", status.value(), "message", shell.t(key(status))));
        mav.setStatus(status);
        return mav;
    }

    private static HttpStatus status(HttpServletRequest req) {
        Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus s = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return s == null ? HttpStatus.INTERNAL_SERVER_ERROR : s;
    }

    private static String key(HttpStatus status) {
        return switch (status.value()) {
            case 400, 401, 403, 404, 405, 413, 415 -> "error." + status.value();
            default -> "error.500";
        };
    }
}
