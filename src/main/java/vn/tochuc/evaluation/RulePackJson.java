package vn.tochuc.evaluation;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes rule packs and dry-run documents as JSON. Every parse error becomes a Vietnamese
 * message naming the field, never an exception the API would answer with 500.
 */
final class RulePackJson {

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private RulePackJson() {}

    static RulePackDoc pack(String json) {
        return read(json, RulePackDoc.class, "gói quy tắc");
    }

    static RulePackDoc pack(JsonNode node) {
        try {
            return JSON.treeToValue(node, RulePackDoc.class);
        } catch (JacksonException e) {
            throw new EvaluationInputException(message(e, "gói quy tắc"));
        }
    }

    static JsonNode tree(String json) {
        if (json == null || json.isBlank()) {
            throw new EvaluationInputException("Nội dung yêu cầu trống: cần một tài liệu JSON.");
        }
        try {
            return JSON.readTree(json);
        } catch (JacksonException e) {
            throw new EvaluationInputException(message(e, "tài liệu"));
        }
    }

    static <T> T read(String json, Class<T> type, String what) {
        if (json == null || json.isBlank()) {
            throw new EvaluationInputException("Nội dung " + what + " trống: cần một tài liệu JSON.");
        }
        try {
            T value = JSON.readValue(json, type);
            if (value == null) {
                throw new EvaluationInputException("Nội dung " + what + " trống.");
            }
            return value;
        } catch (JacksonException e) {
            throw new EvaluationInputException(message(e, what));
        }
    }

    static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** Indented, for the JSON editors of the pages. */
    static String pretty(Object value) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }

    static String message(JacksonException e, String what) {
        String path = e.getPath().isEmpty() ? "" : " tại trường «" + path(e) + "»";
        if (e instanceof MismatchedInputException) {
            return "JSON của " + what + " thiếu trường, sai kiểu dữ liệu hoặc có trường không hợp lệ" + path + ".";
        }
        return "JSON của " + what + " không đọc được" + path + " (dòng " + line(e) + ").";
    }

    private static String path(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String line(JacksonException e) {
        return e.getLocation() == null ? "?" : Integer.toString(e.getLocation().getLineNr());
    }
}
