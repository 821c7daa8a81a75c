package vn.tochuc.appraisal;

import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.web.CurrentUser;

/**
 * The caller's scope as a set of unit ids (the union of the roots' subtrees; null for a global scope), so that
 * lists filter in one query or in memory instead of asking the organization module once per row.
 */
@Component
class ScopeUnits {

    private final OrgDirectory org;

    ScopeUnits(OrgDirectory org) {
        this.org = org;
    }

    @Nullable
    Set<Long> current() {
        var scope = CurrentUser.scope();
        if (scope.global()) {
            return null;
        }
        Set<Long> ids = new HashSet<>();
        scope.rootUnitIds().forEach(root -> ids.addAll(org.subtreeIds(root)));
        return ids;
    }

    static boolean covers(@Nullable Set<Long> units, long unitId) {
        return units == null || units.contains(unitId);
    }
}
