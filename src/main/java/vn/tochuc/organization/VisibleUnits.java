package vn.tochuc.organization;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The units a user may see, as one set: the union of the subtrees of their scope roots, or every unit for a global
 * scope ({@link #all()}). Lists filter with it in one query ({@link #idsOrAll()}: null means no filter) or in memory
 * ({@link #covers}). Computed only by {@link UnitScopes} (docs/adr/0002-unit-scope-in-one-place.md).
 */
public record VisibleUnits(boolean all, Set<Long> ids) {

    public VisibleUnits {
        ids = all ? Set.of() : Set.copyOf(ids);
    }

    static VisibleUnits everything() {
        return new VisibleUnits(true, Set.of());
    }

    static VisibleUnits only(Set<Long> ids) {
        return new VisibleUnits(false, ids);
    }

    public boolean covers(long unitId) {
        return all || ids.contains(unitId);
    }

    /** The ids for a SQL {@code in (:units)} filter, or null when every unit may be seen (no filter). */
    public @Nullable Set<Long> idsOrAll() {
        return all ? null : ids;
    }
}
