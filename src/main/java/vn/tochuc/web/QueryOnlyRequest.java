package vn.tochuc.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/** A request whose parameters are those of a query string only: the body is not (or cannot be) read. */
class QueryOnlyRequest extends HttpServletRequestWrapper {

    private final Map<String, String[]> params = new LinkedHashMap<>();

    QueryOnlyRequest(HttpServletRequest request, @Nullable String rawQuery) {
        super(request);
        if (rawQuery != null) {
            UriComponentsBuilder.fromUriString("?" + rawQuery)
                    .build()
                    .getQueryParams()
                    .forEach((k, v) -> params.put(
                            decode(k),
                            v.stream().map(s -> s == null ? "" : decode(s)).toArray(String[]::new)));
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    @Override
    public @Nullable String getParameter(String name) {
        String[] v = params.get(name);
        return v == null || v.length == 0 ? null : v[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return Collections.unmodifiableMap(params);
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(params.keySet());
    }

    @Override
    public String @Nullable [] getParameterValues(String name) {
        return params.get(name);
    }
}
