package vn.tochuc.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tochuc.audit.AuditEntry;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.shared.VnFormats;

/**
 * Writes a generated population with JDBC batches, one transaction per batch: people first, then their ids are
 * looked up by staff number, then work history and entries. One audit entry per load.
 */
@Component
class PopulationLoader {

    static final int BATCH = 2_000;

    private final PersonRepository persons;
    private final AssignmentRepository assignments;
    private final EntryRepository entries;
    private final TransactionTemplate tx;
    private final AuditLog audit;

    PopulationLoader(PersonRepository persons, AssignmentRepository assignments, EntryRepository entries,
            TransactionTemplate tx, AuditLog audit) {
        this.persons = persons;
        this.assignments = assignments;
        this.entries = entries;
        this.tx = tx;
        this.audit = audit;
    }

    /** Generates and stores {@code count} people in the given units; returns how many were stored. */
    long load(List<OrgDirectory.UnitRef> units, long count, boolean full, String prefix, long seed,
            LongConsumer progress) {
        var generator = new PopulationGenerator(seed, units, LocalDate.now(VnFormats.VIETNAM), full, prefix);
        long done = 0;
        while (done < count) {
            int n = (int) Math.min(BATCH, count - done);
            List<PopulationGenerator.Generated> batch = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                batch.add(generator.next(done + i));
            }
            tx.executeWithoutResult(s -> store(batch));
            done += n;
            progress.accept(done);
        }
        long stored = done;
        tx.executeWithoutResult(s -> audit.record(AuditEntry.write("system:generator", "GENERATE", People.TARGET,
                null, null, null, null, stored + " người, tiền tố " + prefix)));
        return stored;
    }

    private void store(List<PopulationGenerator.Generated> batch) {
        persons.insertBatch(batch.stream().map(PopulationGenerator.Generated::person).toList());
        Map<String, Long> ids = persons.idsByStaffNumber(batch.stream().map(g -> g.person().staffNumber()).toList());
        List<Assignment> as = new ArrayList<>();
        List<PersonEntry> es = new ArrayList<>();
        for (var g : batch) {
            long id = ids.get(g.person().staffNumber());
            for (Assignment a : g.assignments()) {
                as.add(new Assignment(0, id, a.unitId(), a.unitName(), a.positionTitle(), a.jobPosition(),
                        a.concurrent(), a.from(), a.to(), null, false));
            }
            for (PersonEntry e : g.entries()) {
                es.add(PersonService.withPerson(e, id));
            }
        }
        assignments.insertBatch(as);
        if (!es.isEmpty()) {
            entries.insertBatch(es);
        }
    }
}
