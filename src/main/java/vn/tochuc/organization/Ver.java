package vn.tochuc.organization;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One version of a unit while events are applied in memory: its attributes in force from {@code from}
 * (inclusive) to {@code to} (exclusive; {@code null} = open-ended). Mutated only by {@link TreeState}.
 */
final class Ver {

    @Nullable
    Long dbId;

    final long unitId;
    final LocalDate from;

    @Nullable
    LocalDate to;

    @Nullable
    String code;

    String name;
    String kind;
    int level;

    @Nullable
    Long parentId;

    @Nullable
    Long localityId;
    /** Index of the command in the batch that opened / closed this version; -1 when loaded from the database. */
    int openedBy = -1;

    int closedBy = -1;

    Ver(
            long unitId,
            LocalDate from,
            @Nullable LocalDate to,
            @Nullable String code,
            String name,
            String kind,
            int level,
            @Nullable Long parentId,
            @Nullable Long localityId) {
        this.unitId = unitId;
        this.from = from;
        this.to = to;
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.level = level;
        this.parentId = parentId;
        this.localityId = localityId;
    }

    /** A copy starting on {@code d}, open-ended, opened by command {@code cmd}. */
    Ver successor(LocalDate d, int cmd) {
        Ver v = new Ver(unitId, d, null, code, name, kind, level, parentId, localityId);
        v.openedBy = cmd;
        return v;
    }

    boolean covers(LocalDate d) {
        return !from.isAfter(d) && (to == null || to.isAfter(d));
    }

    /** Whether [from, to) and [otherFrom, otherTo) share a day. */
    boolean overlaps(LocalDate otherFrom, @Nullable LocalDate otherTo) {
        return (to == null || to.isAfter(otherFrom)) && (otherTo == null || otherTo.isAfter(from));
    }

    boolean isNew() {
        return dbId == null;
    }
}
