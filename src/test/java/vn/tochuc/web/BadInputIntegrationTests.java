package vn.tochuc.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tochuc.Sessions;

/** Malformed requests get a Vietnamese 4xx page or problem JSON, never a 500 or a stack trace. */
@SpringBootTest
@AutoConfigureMockMvc
class BadInputIntegrationTests {

    @Autowired
    MockMvc mvc;

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of(get("/organization/units/abc"), 400, "Yêu cầu không hợp lệ"),
                Arguments.of(get("/organization/units/99999999999999999999"), 400, "Yêu cầu không hợp lệ"),
                Arguments.of(get("/organization/units/987654321"), 404, "Không tìm thấy"),
                Arguments.of(get("/khong-co-trang-nay"), 404, "Không tìm thấy"),
                Arguments.of(get("/admin/users?page=x"), 400, "Yêu cầu không hợp lệ"),
                Arguments.of(get("/jobs/abc"), 400, "Yêu cầu không hợp lệ"),
                Arguments.of(get("/jobs/987654321"), 404, "Không tìm thấy"),
                Arguments.of(put("/dashboard").with(csrf()), 405, "không được hỗ trợ"),
                Arguments.of(post("/admin/users/987654321/password").with(csrf()), 400, "Yêu cầu không hợp lệ"),
                Arguments.of(post("/admin/users").with(csrf()).param("homeUnitId", "mot"), 400, "Yêu cầu không hợp lệ"),
                Arguments.of(
                        post("/admin/users")
                                .with(csrf())
                                .header("HX-Request", "true")
                                .param("username", "A B")
                                .param("fullName", "x")
                                .param("password", "y"),
                        200,
                        "Tên đăng nhập phải có"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    @DisplayName("pages: malformed input gets a Vietnamese answer")
    void pages(MockHttpServletRequestBuilder request, int status, String message) throws Exception {
        MockHttpSession admin = Sessions.admin(mvc);
        MvcResult r =
                mvc.perform(request.session(admin).accept(MediaType.TEXT_HTML)).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(status);
        assertClean(r, message);
    }

    static Stream<Arguments> api() {
        return Stream.of(
                Arguments.of(get("/api/org/units/abc"), 400),
                Arguments.of(get("/api/org/units/987654321"), 404),
                Arguments.of(get("/api/khong-co"), 404),
                Arguments.of(get("/api/audit/entries?page=-x"), 400),
                Arguments.of(
                        post("/api/me").contentType(MediaType.APPLICATION_JSON).content("{not json"), 405),
                Arguments.of(get("/api/admin/users").header("Authorization", "Bearer"), 401));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("api")
    @DisplayName("API: malformed input gets problem JSON")
    void api(MockHttpServletRequestBuilder request, int status) throws Exception {
        MvcResult r = mvc.perform(request.with(httpBasic("admin", Sessions.ADMIN_PASSWORD)))
                .andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(status);
        assertThat(r.getResponse().getContentType()).contains("json");
        assertClean(r, "\"status\":" + status);
    }

    @Test
    @DisplayName("an unauthenticated page request is sent to the login page, not an error")
    void anonymousGoesToLogin() throws Exception {
        MvcResult r = mvc.perform(get("/organization/units/abc")).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        assertThat(r.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    @DisplayName("an anonymous visitor asking for a page that does not exist gets 404, not the login form")
    void anonymousUnknownPageIsNotFound() throws Exception {
        assertThat(mvc.perform(get("/trang-khong-ton-tai"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/people/thu/khong/co"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/people")).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/login");
    }

    private static void assertClean(MvcResult r, String expected) throws Exception {
        String body = r.getResponse().getContentAsString();
        assertThat(body)
                .contains(expected)
                .doesNotContain("Exception")
                .doesNotContain("at vn.tochuc")
                .doesNotContain("at org.springframework");
    }
}
