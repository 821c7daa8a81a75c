package vn.tochuc.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
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

    PopulationLoader(
            PersonRepository persons,
            AssignmentRepository assignments,
            EntryRepository entries,
            TransactionTemplate tx,
            AuditLog audit) {
        this.persons = persons;
        this.assignments = assignments;
        this.entries = entries;
        this.tx = tx;
        this.audit = audit;
    }

    long load(
            List<OrgDirectory.UnitRef> units,
            long count,
            boolean full,
            String prefix,
            long seed,
            LongConsumer progress) {
        return load(units, count, full, prefix, seed, 1, progress);
    }

    /**
     * Generates and stores {@code count} people in the given units, writing batches on {@code writers} threads
     * while the caller's thread generates; returns how many were stored.
     */
    long load(
            List<OrgDirectory.UnitRef> units,
            long count,
            boolean full,
            String prefix,
            long seed,
            int writers,
            LongConsumer progress) {
        return load(
                new PopulationGenerator(seed, units, LocalDate.now(VnFormats.VIETNAM), full, prefix),
                prefix,
                count,
                writers,
                progress);
    }

    /** As above, in units with a history: posts only in units in force at the time. */
    long loadInHistory(List<UnitSpan> units, long count, String prefix, long seed, LongConsumer progress) {
        return load(
                new PopulationGenerator(units, seed, LocalDate.now(VnFormats.VIETNAM), true, prefix),
                prefix,
                count,
                1,
                progress);
    }

    private long load(PopulationGenerator generator, String prefix, long count, int writers, LongConsumer progress) {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        Semaphore inFlight = new Semaphore(writers * 2);
        List<Future<?>> futures = new ArrayList<>();
        AtomicLong stored = new AtomicLong();
        try {
            for (long done = 0; done < count; ) {
                int n = (int) Math.min(BATCH, count - done);
                List<PopulationGenerator.Generated> batch = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    batch.add(generator.next(done + i));
                }
                done += n;
                inFlight.acquireUninterruptibly();
                futures.add(pool.submit(() -> {
                    try {
                        tx.executeWithoutResult(s -> store(batch));
                        progress.accept(stored.addAndGet(batch.size()));
                    } finally {
                        inFlight.release();
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("generation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("generation failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        long total = stored.get();
        tx.executeWithoutResult(s -> audit.record(AuditEntry.write(
                "system:generator",
                "GENERATE",
                People.TARGET,
                null,
                null,
                null,
                null,
                total + " người, tiền tố " + prefix)));
        return total;
    }

    private void store(List<PopulationGenerator.Generated> batch) {
        persons.insertBatch(
                batch.stream().map(PopulationGenerator.Generated::person).toList());
        Map<String, Long> ids = persons.idsByStaffNumber(
                batch.stream().map(g -> g.person().staffNumber()).toList());
        List<Assignment> as = new ArrayList<>();
        List<PersonEntry> es = new ArrayList<>();
        for (var g : batch) {
            long id = ids.get(g.person().staffNumber());
            for (Assignment a : g.assignments()) {
                as.add(new Assignment(
                        0,
                        id,
                        a.unitId(),
                        a.unitName(),
                        a.positionTitle(),
                        a.jobPosition(),
                        a.concurrent(),
                        a.from(),
                        a.to(),
                        null,
                        false));
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
