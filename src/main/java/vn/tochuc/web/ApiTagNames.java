package vn.tochuc.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;
import vn.tochuc.shared.Texts;

/**
 * The API's tag names are message keys ({@code @Tag(name = "api.tag.audit")}, annotation values being
 * constants): the document at /api/docs shows their Vietnamese text, grouped as before.
 */
@Component
class ApiTagNames implements OpenApiCustomizer {

    private static final String PREFIX = "api.tag.";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getTags() != null) {
            openApi.getTags().forEach(t -> t.setName(name(t.getName())));
        }
        if (openApi.getPaths() != null) {
            openApi.getPaths().values().forEach(item -> item.readOperations().forEach(this::rename));
        }
    }

    private void rename(Operation op) {
        if (op.getTags() != null) {
            op.setTags(op.getTags().stream().map(ApiTagNames::name).toList());
        }
    }

    static String name(String tag) {
        return tag != null && tag.startsWith(PREFIX) ? Texts.vi(tag) : tag;
    }
}
