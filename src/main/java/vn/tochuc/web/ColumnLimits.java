package vn.tochuc.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import vn.tochuc.shared.Texts;

/**
 * The one place that knows how long each text column is: read from the database itself at start-up
 * ({@code information_schema.columns}, so always what the migrations created, on H2 and PostgreSQL). Form and
 * API fields name their column ({@link FitsColumn}, or a form's own table of columns); the same limit is
 * checked on the server before any write and written as {@code maxlength} into the page.
 */
public final class ColumnLimits {

    /** Columns longer than this (TEXT, CLOB) count as unlimited. */
    static final int UNLIMITED = 1_000_000;

    private static final Map<String, Integer> LIMITS = new ConcurrentHashMap<>();

    private ColumnLimits() {}

    static void load(Map<String, Integer> limits) {
        LIMITS.clear();
        limits.forEach((k, v) -> {
            if (v != null && v > 0 && v < UNLIMITED) {
                LIMITS.put(k, v);
            }
        });
    }

    /**
     * The number of characters {@code column} ({@code table.column}) holds.
     *
     * @throws IllegalStateException if the column is unknown or unbounded: a declaration error, found by tests
     */
    public static int max(String column) {
        Integer n = LIMITS.get(column);
        if (n == null) {
            throw new IllegalStateException("No bounded text column " + column);
        }
        return n;
    }

    /** The Vietnamese message when {@code value} does not fit {@code column}, or null when it fits. */
    public static @Nullable String problem(String column, @Nullable String value) {
        if (value == null) {
            return null;
        }
        int max = max(column);
        int length = value.codePointCount(0, value.length());
        return length > max ? Texts.t("form.too-long", max, length) : null;
    }

    /** Refuses {@code value} of form or body field {@code field} when it does not fit {@code column}. */
    public static void require(String field, String column, @Nullable String value) {
        String problem = problem(column, value);
        if (problem != null) {
            throw new FieldInputException(field, problem);
        }
    }
}
