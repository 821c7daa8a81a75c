package vn.tochuc.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.FitsColumn;

/**
 * A restructuring event as the API (and the forms) submit it. Units are named by id or official code.
 * {@code tree}: LOCALITY or ORGANIZATION; {@code type}: CREATE, RENAME, MOVE, MERGE, SPLIT, DISSOLVE,
 * CHANGE_TYPE.
 */
record EventRequest(
        @Nullable String tree,
        @Nullable String type,
        @Nullable LocalDate effectiveOn,
        @FitsColumn("org_event.resolution_no") @Nullable String resolutionNo,
        @Nullable LocalDate resolutionDate,
        @FitsColumn("org_event.description") @Nullable String description,
        @Nullable List<Key> units,
        @Nullable Key target,
        @Nullable List<NewUnitJson> newUnits,
        @Nullable List<Key> successors,
        @FitsColumn("org_unit.name") @Nullable String newName,
        @FitsColumn("org_unit.code") @Nullable String newCode,
        @Nullable String newKind,
        @Nullable Key newParent) {

    /** A unit by id or code; {@code partial} for a predecessor only part of which is merged. */
    record Key(
            @Nullable Long id,
            @Nullable String code,
            @Nullable Boolean partial) {

        UnitKey toKey() {
            if (id == null && (code == null || code.isBlank())) {
                throw new BadInputException("Mỗi đơn vị trong sự kiện phải có mã số (id) hoặc mã đơn vị (code).");
            }
            return new UnitKey(id, code == null ? null : code.strip(), Boolean.TRUE.equals(partial));
        }
    }

    record NewUnitJson(
            @Nullable String code,
            @Nullable String name,
            @Nullable String kind,
            @Nullable Integer level,
            @Nullable Key parent,
            @Nullable Long localityId) {

        NewUnit toNewUnit() {
            if (name == null || name.isBlank() || kind == null || kind.isBlank()) {
                throw new BadInputException("Đơn vị mới phải có tên và loại đơn vị (quy tắc ORG-R7).");
            }
            return new NewUnit(
                    code, name.strip(), kind.strip(), level, parent == null ? null : parent.toKey(), localityId);
        }
    }

    EventCommand toCommand() {
        if (effectiveOn == null || resolutionDate == null || resolutionNo == null) {
            throw new BadInputException(
                    "Sự kiện phải có ngày hiệu lực, số và ngày ban hành văn bản làm căn cứ" + " (quy tắc ORG-R8).");
        }
        return EventCommand.of(tree(tree), type(type), effectiveOn, resolutionNo, resolutionDate)
                .withText(description == null || description.isBlank() ? null : description.strip(), null)
                .withUnits(keys(units))
                .withTarget(target == null ? null : target.toKey())
                .withNewUnits(
                        newUnits == null
                                ? List.of()
                                : newUnits.stream().map(NewUnitJson::toNewUnit).toList())
                .withSuccessors(keys(successors))
                .withChanges(
                        blank(newName), blank(newCode), blank(newKind), newParent == null ? null : newParent.toKey());
    }

    static String tree(@Nullable String tree) {
        String t = tree == null ? "" : tree.strip().toUpperCase(Locale.ROOT);
        return switch (t) {
            case "LOCALITY", "LOCALITIES" -> "LOCALITY";
            case "ORGANIZATION", "ORGANIZATIONS" -> "ORGANIZATION";
            default ->
                throw new BadInputException("Cây «" + tree + "» không hợp lệ: chọn LOCALITY (đơn vị hành chính)"
                        + " hoặc ORGANIZATION (tổ chức).");
        };
    }

    static EventType type(@Nullable String type) {
        try {
            return EventType.valueOf(type == null ? "" : type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("Loại sự kiện «" + type + "» không hợp lệ: CREATE, RENAME, MOVE, MERGE, SPLIT,"
                    + " DISSOLVE hoặc CHANGE_TYPE.");
        }
    }

    private static List<UnitKey> keys(@Nullable List<Key> keys) {
        return keys == null ? List.of() : keys.stream().map(Key::toKey).toList();
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
