package vn.tochuc.people;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One editable list section of the person page: its inputs, its rows (values as the form shows them), the row
 * being edited, and a refused form's message and typed values.
 */
public record EntrySection(
        long personId,
        String section,
        String tab,
        List<EntryForm.Field> fields,
        List<Row> rows,
        @Nullable Long editId,
        @Nullable String error,
        Map<String, String> typed) {

    /** A row: its id, values by field name, and whether it may be changed here. */
    public record Row(long id, Map<String, String> values, boolean editable) {}

    /** The sections shown on a tab of the person page. */
    public static List<String> sectionsOf(String tab) {
        return EntryForm.SECTIONS.stream().filter(s -> tabOf(s).equals(tab)).toList();
    }

    static String tabOf(String section) {
        return switch (section) {
            case "work" -> "history";
            case "award", "discipline" -> "awards";
            default -> section;
        };
    }

    public static EntrySection of(
            PersonFile f, String section, @Nullable Long editId, @Nullable String error, Map<String, String> typed) {
        List<EntryForm.Field> fields = EntryForm.fields(section);
        List<Row> rows;
        if (section.equals("work")) {
            rows = f.assignments().stream()
                    .map(a -> new Row(a.id(), values(fields, n -> EntryForm.value(a, n)), a.editableHere()))
                    .toList();
        } else {
            PersonEntry.Kind kind = EntryForm.kind(section);
            rows = f.entries(kind).stream()
                    .map(e -> new Row(e.id(), values(fields, n -> EntryForm.value(e, n)), true))
                    .toList();
        }
        return new EntrySection(f.person().id(), section, tabOf(section), fields, rows, editId, error, typed);
    }

    /** The value an input shows: what was typed into a refused form, else the row's value (blank for adding). */
    public String input(@Nullable Row row, String field) {
        boolean refusedHere = error != null
                && (row == null ? editId == null : Long.valueOf(row.id()).equals(editId));
        if (refusedHere) {
            return typed.getOrDefault(field, "");
        }
        return row == null ? "" : row.values().getOrDefault(field, "");
    }

    public boolean editing(Row row) {
        return editId != null && editId == row.id();
    }

    private static Map<String, String> values(
            List<EntryForm.Field> fields, java.util.function.Function<String, String> value) {
        Map<String, String> m = new LinkedHashMap<>();
        fields.forEach(f -> m.put(f.name(), value.apply(f.name())));
        return m;
    }
}
