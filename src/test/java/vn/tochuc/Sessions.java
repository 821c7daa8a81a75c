package vn.tochuc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Logs in through the real login form and hands back the session, as a browser would keep it. */
public final class Sessions {

    public static final String ADMIN_PASSWORD = "Test-admin-2026";

    private Sessions() {}

    public static MockHttpSession login(MockMvc mvc, String username, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(password))
                .andReturn();
        String target = result.getResponse().getRedirectedUrl();
        if (target == null || target.contains("/login")) {
            throw new AssertionError("login of " + username + " failed: redirected to " + target);
        }
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    public static MockHttpSession admin(MockMvc mvc) throws Exception {
        return login(mvc, "admin", ADMIN_PASSWORD);
    }
}
