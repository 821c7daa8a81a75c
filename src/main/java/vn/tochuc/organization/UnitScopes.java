package vn.tochuc.organization;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.shared.UnitScope;
import vn.tochuc.web.CurrentUser;
import vn.tochuc.web.OutOfScopeException;

/**
 * The one place where unit scope is enforced. Every module's reads and commands that touch a unit call
 * {@link #require} (or filter with {@link #covers}); a refusal throws {@link OutOfScopeException}, which
 * the web layer answers with 403 and writes to the audit log.
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

    /** The signed-in user's scope roots, for pages that start from them. */
    @Transactional(readOnly = true)
    public List<OrgDirectory.UnitRef> roots() {
        UnitScope scope = CurrentUser.scope();
        Collection<Long> ids = scope.rootUnitIds();
        return scope.global() ? units.roots() : units.findAll(ids);
    }
}
