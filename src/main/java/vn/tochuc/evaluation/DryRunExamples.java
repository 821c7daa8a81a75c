package vn.tochuc.evaluation;

import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Adds the worked example of every shipped pack (its {@code example.request}) to the OpenAPI document of
 * the dry-run, so the documentation and the tests use the same examples.
 */
@Component
class DryRunExamples implements OpenApiCustomizer {

    static Map<String, Object> examples() throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:data/rulepacks/*.json")) {
            try (var in = r.getInputStream()) {
                RulePackDoc doc = RulePackJson.pack(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                if (doc.example() != null && doc.example().get("request") != null) {
                    out.put(
                            doc.code() + " v" + doc.version() + ": " + doc.title(),
                            doc.example().get("request"));
                }
            }
        }
        return out;
    }

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        var item = openApi.getPaths() == null ? null : openApi.getPaths().get(EvaluationApiController.DRY_RUN);
        if (item == null || item.getPost() == null || item.getPost().getRequestBody() == null) {
            return;
        }
        MediaType json = item.getPost().getRequestBody().getContent().get("application/json");
        if (json == null) {
            return;
        }
        try {
            examples()
                    .forEach((name, value) ->
                            json.addExamples(name, new Example().summary(name).value(value)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
