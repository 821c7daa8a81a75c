package vn.tochuc.organization;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.shared.UnitScope;
import vn.tochuc.web.CurrentUser;
import vn.tochuc.web.OutOfScopeException;

/**
 * The one place where unit scope is enforced. Every module's reads and commands that touch a unit call
 * {@link #require} (or filter with {@link #covers}); a refusal throws {@link OutOfScopeException}, which
 * the web layer answers with 403 and writes to the audit log. Lists ask {@link #visible} for the whole set of units
 * the user may see, in one query; no other module computes that set.
 */
@Service
public class UnitScopes {

    private final OrgUnitRepository units;

    UnitScopes(OrgUnitRepository units) {
        this.units = units;
    }

    /** Whether {@code unitId} lies inside {@code scope}. */
    @Transactional(readOnly = true)
    public boolean covers(UnitScope scope, long unitId) {
        return scope.global() || units.insideAny(unitId, scope.rootUnitIds());
    }

    /** Throws unless the signed-in user's scope covers the unit. */
    public void require(long unitId) {
        if (!covers(CurrentUser.scope(), unitId)) {
            throw new OutOfScopeException(unitId);
        }
    }

    /** The units the signed-in user may see: the union of their scope roots' subtrees (one query), or all. */
    @Transactional(readOnly = true)
    public VisibleUnits visible() {
        return visible(CurrentUser.scope());
    }

    /** The units a scope covers (for work done on a user's behalf, e.g. a job started by them). */
    @Transactional(readOnly = true)
    public VisibleUnits visible(UnitScope scope) {
        return scope.global()
                ? VisibleUnits.everything()
                : VisibleUnits.only(Set.copyOf(units.subtreeIdsOfAll(scope.rootUnitIds())));
    }

    /**
     * The units a list filtered by {@code unitId} may show: that unit's subtree, after {@link #require} (so a unit
     * outside the scope is refused, not silently empty); without a unit, {@link #visible()}.
     */
    @Transactional(readOnly = true)
    public VisibleUnits visibleUnder(@Nullable Long unitId) {
        if (unitId == null) {
            return visible();
        }
        require(unitId);
        return VisibleUnits.only(Set.copyOf(units.subtreeIds(unitId)));
    }

    /** The signed-in user's scope roots, for pages that start from them. */
    @Transactional(readOnly = true)
    public List<OrgDirectory.UnitRef> roots() {
        return rootsOf(CurrentUser.scope());
    }

    /** A scope's roots (every root unit in force for a global scope). */
    @Transactional(readOnly = true)
    public List<OrgDirectory.UnitRef> rootsOf(UnitScope scope) {
        Collection<Long> ids = scope.rootUnitIds();
        return scope.global() ? units.roots() : units.findAll(ids);
    }
}
