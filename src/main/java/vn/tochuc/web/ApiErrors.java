package vn.tochuc.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** Writes RFC 9457 problem details as JSON, for the API's 401 and 403 answers outside MVC. */
final class ApiErrors {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiErrors() {}

    static ProblemDetail problem(HttpStatus status, String detail, String path) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setTitle(status.getReasonPhrase());
        pd.setProperty("path", path);
        return pd;
    }

    static void write(HttpServletResponse response, HttpStatus status, String detail, String path) throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(problem(status, detail, path)));
    }
}
