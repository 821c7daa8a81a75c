package vn.tochuc.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.FitsColumn;

/**
 * The event form as posted. Units come from the unit pickers as {@code #id} (or an official code), several
 * values of one field joined by commas or one per line; new units as {@code code | name | kind}, one per line. Dates
 * are dd/mm/yyyy.
 */
public record EventForm(
        @Nullable String type,
        @Nullable String tree,
        @Nullable Long unit,
        @Nullable String effectiveOn,
        @FitsColumn("org_event.resolution_no") @Nullable String resolutionNo,
        @Nullable String resolutionDate,
        @FitsColumn("org_event.description") @Nullable String description,
        @Nullable String units,
        @Nullable String partialUnits,
        @Nullable String target,
        @FitsColumn("org_unit.code") @Nullable String newCode,
        @FitsColumn("org_unit.name") @Nullable String newName,
        @Nullable String newKind,
        @Nullable String newParent,
        @Nullable String newUnits,
        @Nullable String successors) {

    public EventForm {
        type = orEmpty(type);
        tree = orEmpty(tree);
        effectiveOn = orEmpty(effectiveOn);
        resolutionNo = orEmpty(resolutionNo);
        resolutionDate = orEmpty(resolutionDate);
        description = orEmpty(description);
        units = orEmpty(units);
        partialUnits = orEmpty(partialUnits);
        target = orEmpty(target);
        newCode = orEmpty(newCode);
        newName = orEmpty(newName);
        newKind = orEmpty(newKind);
        newParent = orEmpty(newParent);
        newUnits = orEmpty(newUnits);
        successors = orEmpty(successors);
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    public boolean is(String... types) {
        return Arrays.asList(types).contains(type);
    }

    public static EventForm blank(String type, String tree, @Nullable Long unit, @Nullable Long parent) {
        String self = unit == null ? "" : "#" + unit;
        String parentKey = parent == null ? "" : "#" + parent;
        return switch (type) {
            case "CREATE" -> new EventForm(type, tree, unit, "", "", "", "", "", "", "", "", "", "", self, "", "");
            case "MERGE", "SPLIT" ->
                new EventForm(type, tree, unit, "", "", "", "", self, "", "", "", "", "", parentKey, "", "");
            default -> new EventForm(type, tree, unit, "", "", "", "", self, "", "", "", "", "", "", "", "");
        };
    }

    EventCommand toCommand() {
        EventType t = EventRequest.type(type);
        LocalDate on = date(effectiveOn, "ngày hiệu lực");
        LocalDate signed = date(resolutionDate, "ngày ban hành văn bản");
        UnitKey parent = key(newParent);
        List<NewUnit> created = new ArrayList<>();
        for (String line : lines(newUnits)) {
            String[] f = Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new);
            if (f.length != 3 || f[1].isEmpty() || f[2].isEmpty()) {
                throw new BadInputException("Dòng đơn vị mới «" + line + "» phải có dạng: mã | tên | loại.");
            }
            created.add(new NewUnit(f[0].isEmpty() ? null : f[0], f[1], f[2], null, parent, null));
        }
        List<UnitKey> keys =
                new ArrayList<>(values(units).stream().map(EventForm::key).toList());
        values(partialUnits).forEach(l -> keys.add(new UnitKey(key(l).id(), key(l).code(), true)));
        return EventCommand.of(EventRequest.tree(tree), t, on, resolutionNo, signed)
                .withText(description.isBlank() ? null : description.strip(), null)
                .withUnits(keys)
                .withTarget(key(target))
                .withNewUnits(created)
                .withSuccessors(values(successors).stream().map(EventForm::key).toList())
                .withChanges(
                        nullIfBlank(newName),
                        nullIfBlank(newCode),
                        nullIfBlank(newKind),
                        t == EventType.MOVE ? parent : null);
    }

    private static LocalDate date(String text, String what) {
        try {
            return VnFormats.parseDate(text);
        } catch (VnFormats.InvalidDateException e) {
            throw new BadInputException("Ô " + what + ": " + e.getMessage());
        }
    }

    static @Nullable UnitKey key(@Nullable String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (s.startsWith("#")) {
            try {
                return UnitKey.id(Long.parseLong(s.substring(1)));
            } catch (NumberFormatException e) {
                throw new BadInputException("«" + s + "» không phải mã số đơn vị hợp lệ (dạng #123).");
            }
        }
        return UnitKey.code(s);
    }

    /** The text of a unit field by its name (the names of {@link EventFormPicks#fields}). */
    String text(String field) {
        return switch (field) {
            case "units" -> units;
            case "partialUnits" -> partialUnits;
            case "target" -> target;
            case "newParent" -> newParent;
            case "successors" -> successors;
            default -> throw new IllegalArgumentException(field);
        };
    }

    /** The values of a unit field: the pickers' values joined by commas (several checked), or one per line. */
    static List<String> values(@Nullable String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("[,\\n]"))
                        .map(String::strip)
                        .filter(v -> !v.isEmpty())
                        .distinct()
                        .toList();
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static @Nullable String nullIfBlank(String s) {
        return s.isBlank() ? null : s.strip();
    }
}
