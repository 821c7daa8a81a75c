package vn.tochuc.appraisal;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.audit.AuditEntry;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.organization.UnitScopes;
import vn.tochuc.web.CurrentUser;
import vn.tochuc.web.Role;

/**
 * The consequence lists of a reference year (EVAL-70, EVAL-72, EVAL-74; see {@link ConsequencePolicy}) from the
 * decided grades of yearly cycles, for organisation staff and the committee, limited to their scope (and to a
 * unit's subtree when asked); each read is audit-logged.
 */
@Service
class Consequences {

    private final CalibrationRepository store;
    private final UnitScopes scopes;
    private final OrgDirectory org;
    private final AuditLog audit;

    Consequences(CalibrationRepository store, UnitScopes scopes, OrgDirectory org, AuditLog audit) {
        this.store = store;
        this.scopes = scopes;
        this.org = org;
        this.audit = audit;
    }

    @Transactional
    ConsequenceLists lists(int year, @Nullable Long unitId) {
        if (!CurrentUser.has(Role.ORG_STAFF) && !CurrentUser.has(Role.COMMITTEE) && !CurrentUser.has(Role.ADMIN)) {
            throw new AccessDeniedException("ORG_STAFF or COMMITTEE only");
        }
        List<YearGrade> grades;
        if (unitId != null) {
            scopes.require(unitId);
            Set<Long> subtree = Set.copyOf(org.subtreeIds(unitId));
            grades = store.yearGrades(ConsequencePolicy.years(year), subtree, false);
        } else {
            grades = store.yearGrades(ConsequencePolicy.years(year), List.of(), true).stream()
                    .filter(g -> scopes.covers(CurrentUser.scope(), g.unitId())).toList();
        }
        audit.record(AuditEntry.read(CurrentUser.name(), "APPR_CONSEQUENCES", year, unitId));
        return ConsequencePolicy.lists(year, grades);
    }
}
