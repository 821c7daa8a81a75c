package vn.tochuc.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed login back to the login page. A wrong user name, a wrong password and a locked account give
 * the same generic message: telling "locked" apart would show which names are real accounts (an unknown name
 * never locks). The lock still applies. Only a disabled account, which an administrator chose to disable, is
 * told apart.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String reason = exception instanceof DisabledException ? "disabled" : "bad";
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }
}
