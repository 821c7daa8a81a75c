package vn.tochuc.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * For a controller that shows its own form page again after a refusal: keeps the values as typed and puts
 * the message beside the field, exactly as {@link FormRedisplay} does for the pages it renders again.
 */
@Component
public class RefusedForms {

    private final ShellFactory shells;

    RefusedForms(ShellFactory shells) {
        this.shells = shells;
    }

    /** Marks field {@code e.field()} of the form posted in {@code req} as refused, for the page in {@code model}. */
    public void keep(HttpServletRequest req, Model model, FieldInputException e) {
        req.setAttribute(
                FormState.ATTRIBUTE,
                new FormState(req.getRequestURI(), FormRedisplay.typed(req), Map.of(e.field(), e.getMessage()), null));
        model.addAttribute("shell", shells.create(req));
    }
}
