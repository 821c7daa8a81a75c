package vn.tochuc.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import vn.tochuc.shared.Texts;

/**
 * The texts of the API document at /api/docs come from message keys. Tag names are keys
 * ({@code @Tag(name = "api.tag.audit")}, annotation values being constants): the document shows their Vietnamese
 * text, grouped as before. Each operation's summary is the key {@code api.op.<Controller>.<method>}
 * (messages/api.properties): Vietnamese as the summary, the English of {@code api_en.properties} opening the
 * description; an operation without a key keeps its annotation's summary (a test lists them).
 */
@Component
class ApiTexts implements OpenApiCustomizer, OperationCustomizer {

    private static final String TAG = "api.tag.";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getTags() != null) {
            openApi.getTags().forEach(t -> t.setName(name(t.getName())));
        }
        if (openApi.getPaths() != null) {
            openApi.getPaths().values().forEach(item -> item.readOperations().forEach(this::rename));
        }
    }

    @Override
    public Operation customize(Operation op, HandlerMethod handler) {
        String key = "api.op." + handler.getBeanType().getSimpleName() + "."
                + handler.getMethod().getName();
        String vi = Texts.vi(key);
        if (!vi.equals(key)) {
            String en = Texts.in(java.util.Locale.ENGLISH, key);
            op.setSummary(vi);
            op.setDescription(
                    op.getDescription() == null || op.getDescription().isBlank()
                            ? en
                            : en + "\n\n" + op.getDescription());
        }
        return op;
    }

    private void rename(Operation op) {
        if (op.getTags() != null) {
            op.setTags(op.getTags().stream().map(ApiTexts::name).toList());
        }
    }

    static String name(String tag) {
        return tag != null && tag.startsWith(TAG) ? Texts.vi(tag) : tag;
    }
}
