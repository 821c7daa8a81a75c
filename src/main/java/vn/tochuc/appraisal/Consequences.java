package vn.tochuc.appraisal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.audit.AuditEntry;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.organization.UnitScopes;
import vn.tochuc.organization.VisibleUnits;
import vn.tochuc.people.People;
import vn.tochuc.people.PersonProfile;
import vn.tochuc.shared.Texts;
import vn.tochuc.web.CurrentUser;
import vn.tochuc.web.Role;

/**
 * The consequence lists of a reference year (EVAL-70, EVAL-72, EVAL-74; see {@link ConsequencePolicy}) from the
 * decided grades of yearly cycles, for organisation staff and the committee, limited to their scope (and to a
 * unit's subtree when asked); each read is audit-logged.
 */
@Service
class Consequences {

    private final DecidedGradeRepository store;
    private final UnitScopes scopes;
    private final AuditLog audit;
    private final People people;

    Consequences(DecidedGradeRepository store, UnitScopes scopes, AuditLog audit, People people) {
        this.people = people;
        this.store = store;
        this.scopes = scopes;
        this.audit = audit;
    }

    @Transactional
    ConsequenceLists lists(int year, @Nullable Long unitId) {
        CurrentUser.require(Role.ORG_STAFF, Role.COMMITTEE, Role.ADMIN);
        VisibleUnits units = scopes.visibleUnder(unitId);
        List<YearGrade> grades = store.byUnits(ConsequencePolicy.years(year), units.ids(), units.all());
        audit.record(AuditEntry.read(CurrentUser.name(), "APPR_CONSEQUENCES", year, unitId));
        ConsequenceLists l = ConsequencePolicy.lists(year, grades);
        return new ConsequenceLists(
                l.year(),
                l.streamlining().stream()
                        .map(e -> e.withNote(Texts.t("apprc.conseq.streamliningNote")))
                        .toList(),
                l.twoYearsKhtnv(),
                training(l.theoryTraining()));
    }

    /**
     * EVAL-74 beyond the grades: with a linked personnel record (a scope-checked, audit-logged read), people whose
     * record rules them out are left off and the others noted; without one, what to check is noted.
     */
    private List<ConsequenceLists.Entry> training(List<ConsequenceLists.Entry> entries) {
        List<Long> linked = entries.stream()
                .map(e -> e.evidence().get(e.evidence().size() - 1).personId())
                .filter(java.util.Objects::nonNull)
                .toList();
        // One bulk read of the two fields the rule needs, not a full 2C record per person.
        Map<Long, PersonProfile> profiles = linked.isEmpty() ? Map.of() : people.profiles(linked);
        List<ConsequenceLists.Entry> out = new ArrayList<>();
        for (ConsequenceLists.Entry e : entries) {
            Long personId = e.evidence().get(e.evidence().size() - 1).personId();
            if (personId == null) {
                out.add(e.withNote(Texts.t("apprc.conseq.trainingUnlinked", TrainingCheck.ageNote())));
                continue;
            }
            PersonProfile p = profiles.get(personId);
            if (p == null) {
                throw new vn.tochuc.web.OutOfScopeException(e.unitId());
            }
            if (TrainingCheck.unmet(p.partyMember(), p.professionalLevel()).isEmpty()) {
                out.add(e.withNote(Texts.t(
                        "apprc.conseq.trainingMet", p.professionalLevel().label(), TrainingCheck.ageNote())));
            }
        }
        return List.copyOf(out);
    }
}
