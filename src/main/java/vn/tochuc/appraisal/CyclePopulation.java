package vn.tochuc.appraisal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.audit.AuditEntry;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.people.People;
import vn.tochuc.people.RosterEntry;
import vn.tochuc.shared.Texts;
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.CurrentUser;
import vn.tochuc.web.Role;

/**
 * Opens a cycle for a whole unit at once (ORG_STAFF): every cadre currently in the unit's subtree whom the
 * cycle's target group takes in ({@link TargetGroupPopulation}) becomes an individual member (name, unit and job position from the people records), and each gets the planned work items
 * of their job position's catalogue (one of each product, due on the period's last day) for the head to adjust.
 * People already in the cycle are skipped, so running it again adds only newcomers. Batched writes; one audit
 * entry with the counts. The self-assessing account is the staff number (số hiệu), else {@code cb<person id>}.
 */
@Service
class CyclePopulation {

    /** A province has tens of thousands of cadres; more than this is refused. */
    static final int MAX_MEMBERS = 200_000;

    private final Appraisals appraisals;
    private final People people;
    private final PopulationRepository repo;
    private final AuditLog audit;

    CyclePopulation(Appraisals appraisals, People people, PopulationRepository repo, AuditLog audit) {
        this.appraisals = appraisals;
        this.people = people;
        this.repo = repo;
        this.audit = audit;
    }

    record Outcome(int members, int items) {}

    @Transactional
    Outcome populate(long cycleId) {
        CycleGuards.require(Role.ORG_STAFF);
        Cycle c = appraisals.cycle(cycleId);
        List<RosterEntry> roster = people.roster(c.unitId(), MAX_MEMBERS + 1);
        if (roster.size() > MAX_MEMBERS) {
            throw new BadInputException(Texts.t("apprc.populate.tooMany", MAX_MEMBERS));
        }
        Set<Long> already = repo.memberPersons(cycleId);
        // The population follows the target group (EVAL-13): e.g. no leader in a non-leaders' cycle.
        List<RosterEntry> fresh = roster.stream()
                .filter(p -> !already.contains(p.personId()))
                .filter(p -> TargetGroupPopulation.takes(c.targetGroup(), p))
                .toList();
        repo.insertMembers(cycleId, fresh);
        Map<Long, Long> ids = repo.memberIds(cycleId);
        Map<String, List<Product>> catalogue = repo.catalogue();
        Map<Long, Product> products = new HashMap<>();
        List<long[]> plan = new ArrayList<>();
        for (RosterEntry p : fresh) {
            for (Product product : catalogue.getOrDefault(p.jobPosition() == null ? "" : p.jobPosition(), List.of())) {
                products.put(product.id(), product);
                plan.add(new long[] {ids.get(p.personId()), product.id()});
            }
        }
        int items = repo.insertItems(plan, products, c.periodEnd(), CurrentUser.name());
        audit.record(AuditEntry.write(
                CurrentUser.name(),
                "APPR_CYCLE_POPULATE",
                CycleGuards.CYCLE,
                cycleId,
                c.unitId(),
                null,
                fresh.size() + " members, " + items + " work items",
                already.size() + " already members"));
        return new Outcome(fresh.size(), items);
    }

    static String username(RosterEntry p) {
        String staff = p.staffNumber() == null ? "" : p.staffNumber().trim();
        return staff.isEmpty() || staff.length() > 60 ? "cb" + p.personId() : staff;
    }
}
