package vn.tochuc.shared;

import java.util.Set;

/**
 * The units a user may see and act on: the subtrees rooted at {@code rootUnitIds}, or everything when
 * {@code global}. Every user has one, bound at login; it is enforced by the organization module's
 * {@code UnitScopes}, the one place every module's reads and writes go through.
 */
public record UnitScope(Set<Long> rootUnitIds, boolean global) implements java.io.Serializable {

    public UnitScope {
        rootUnitIds = Set.copyOf(rootUnitIds);
    }

    public static UnitScope everything() {
        return new UnitScope(Set.of(), true);
    }

    public static UnitScope of(Set<Long> roots) {
        return new UnitScope(roots, false);
    }

    public static UnitScope nothing() {
        return new UnitScope(Set.of(), false);
    }
}
