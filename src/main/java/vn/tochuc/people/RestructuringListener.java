package vn.tochuc.people;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.tochuc.audit.AuditEntry;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.organization.OrgUnitDissolved;
import vn.tochuc.organization.OrgUnitSplit;
import vn.tochuc.organization.OrgUnitsMerged;

/**
 * Assignments follow restructuring (sắp xếp tổ chức bộ máy): every open assignment at a predecessor unit is
 * closed the day before the change and a new one with the same post is opened at the successor, marked with
 * the event id, so the work history keeps the old unit and nobody stays in a unit that no longer exists.
 * A split moves people to its default successor flagged for review; a dissolution without successor closes the
 * assignments, leaves the person's current unit unchanged and puts every closed main post on the review list
 * "chờ bố trí" ({@link PlacementRepository}) until a transfer. Each event is applied once per predecessor unit.
 */
@Component
class RestructuringListener {

    private static final Logger log = LoggerFactory.getLogger(RestructuringListener.class);
    private static final String SYSTEM = "system:restructuring";

    private final AssignmentRepository assignments;
    private final PersonRepository persons;
    private final PlacementRepository placements;
    private final OrgDirectory directory;
    private final AuditLog audit;

    RestructuringListener(
            AssignmentRepository assignments,
            PersonRepository persons,
            PlacementRepository placements,
            OrgDirectory directory,
            AuditLog audit) {
        this.assignments = assignments;
        this.persons = persons;
        this.placements = placements;
        this.directory = directory;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(OrgUnitsMerged e) {
        move(e.eventId(), e.predecessorIds(), e.successorId(), e.effectiveOn(), false);
    }

    @ApplicationModuleListener
    void on(OrgUnitSplit e) {
        move(e.eventId(), List.of(e.predecessorId()), e.defaultSuccessorId(), e.effectiveOn(), true);
    }

    @ApplicationModuleListener
    void on(OrgUnitDissolved e) {
        move(e.eventId(), List.of(e.unitId()), e.successorId(), e.effectiveOn(), e.successorId() == null);
    }

    private void move(long eventId, List<Long> from, @Nullable Long to, LocalDate on, boolean review) {
        // Each (event, predecessor) once: a dissolution of three units comes as three deliveries of one event id.
        List<Long> fresh =
                from.stream().filter(u -> assignments.markApplied(eventId, u)).toList();
        if (fresh.isEmpty()) {
            return;
        }
        String toName = to == null
                ? null
                : directory.find(to).map(OrgDirectory.UnitRef::name).orElse("#" + to);
        List<Assignment> open = assignments.openAt(fresh);
        for (Assignment a : open) {
            LocalDate closeOn = a.from().isBefore(on) ? on.minusDays(1) : a.from();
            assignments.close(a.id(), closeOn, eventId);
            if (to != null && toName != null) {
                assignments.insert(new Assignment(
                        0,
                        a.personId(),
                        to,
                        toName,
                        a.positionTitle(),
                        a.jobPosition(),
                        a.concurrent(),
                        on,
                        null,
                        eventId,
                        review));
                if (!a.concurrent()) {
                    persons.moveCurrentUnit(a.personId(), to);
                }
            } else if (!a.concurrent()) {
                placements.insert(a, eventId, on);
            }
        }
        audit.record(AuditEntry.write(
                SYSTEM,
                "RESTRUCTURE",
                "ORG_EVENT",
                eventId,
                to,
                fresh.toString(),
                String.valueOf(to),
                open.size() + " assignment(s) moved"));
        log.info("Restructuring event {}: {} assignment(s) moved from {} to {}", eventId, open.size(), fresh, to);
    }
}
