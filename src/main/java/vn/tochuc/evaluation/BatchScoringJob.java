package vn.tochuc.evaluation;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tochuc.audit.AuditEntry;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.web.CurrentUser;
import vn.tochuc.web.JobContext;
import vn.tochuc.web.JobHandler;

/**
 * Batch scoring of a period over a unit subtree (issue 5, point 7): reads subjects from {@code eval_input} (a chunk of
 * units ahead, on another thread: {@link UnitInputs}), grades each unit in one transaction (collectives first, heads
 * last, EVAL-32), applies the quota step ({@link BatchQuotaStep}) and replaces its results, each with the compact data
 * of its explanation (ADR 0010), with one {@code COPY} on PostgreSQL or one JDBC batch elsewhere, so a half-scored
 * unit is never visible. The checkpoint (index of the next unit) is committed with the unit, so a run resumed after a
 * crash or a kill -9 continues after the last committed unit and scores each unit exactly once. On PostgreSQL the
 * unit's commit does not wait for the WAL flush ({@link EvalStoreRepository#asyncCommit}): a crash may lose the last
 * units, but together with their checkpoint, so they are scored again on resume. Two units are in flight on
 * {@link #workers} threads; each writes its audit entry and checkpoint, and commits, after the previous one.
 */
@Component
class BatchScoringJob implements JobHandler {

    static final String KIND = "evaluation-batch";

    /** Parameters, stored with the job as JSON. */
    record Params(long rootUnitId, String period, String pack, LocalDate date) {}

    private final OrgDirectory org;
    private final EvalStoreRepository store;
    private final RulePackRepository packs;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    /** Units in flight at once (each in its own transaction, committed in order); 1 = one after the other. */
    volatile int workers = 2;
    /** Test hook, called inside a unit's transaction after its results are written (a crash mid-unit). */
    volatile java.util.function.LongConsumer afterUnitWritten = unit -> {};

    BatchScoringJob(
            OrgDirectory org,
            EvalStoreRepository store,
            RulePackRepository packs,
            TransactionTemplate tx,
            AuditLog audit) {
        this.audit = audit;
        this.org = org;
        this.store = store;
        this.packs = packs;
        this.tx = tx;
    }

    /**
     * Scores one unit in one transaction. The checkpoint is written in the same transaction, so a kill -9
     * leaves either the unit's results and its checkpoint, or neither: each unit is committed exactly once.
     * Units overlap on {@link #workers} threads, but each writes its audit entry and checkpoint, and commits,
     * only after the previous unit has committed ({@code previous}); if that one failed, this one rolls back.
     * {@code done} completes when this unit has committed and reported its progress.
     */
    private long unit(
            JobContext job,
            Params p,
            CompiledPack pack,
            RulePackRepository.Row row,
            long unit,
            List<Subject> subjects,
            int next,
            String actor,
            CompletableFuture<Void> previous,
            CompletableFuture<Void> done) {
        try {
            Long n = tx.execute(s -> {
                store.asyncCommit();
                // heads of units whose collective is not in this unit: its stored grade, once committed (EVAL-32)
                Set<Long> here = new HashSet<>();
                subjects.stream()
                        .filter(x -> x.kind() == Subject.Kind.COLLECTIVE)
                        .forEach(x -> here.add(x.unitId()));
                List<Long> headed = subjects.stream()
                        .map(Subject::headOfUnitId)
                        .filter(h -> h != null && !here.contains(h))
                        .distinct()
                        .toList();
                if (!headed.isEmpty()) {
                    previous.join();
                }
                Map<Long, Grade> known = store.collectiveGrades(p.period(), headed);
                List<StoredExplanation.Scored> scored = GradingOrderPolicy.traceInOrder(pack, subjects, known);
                List<EvaluationResult> results =
                        scored.stream().map(StoredExplanation.Scored::result).toList();
                String written = store.replaceUnit(
                        p.period(), unit, row.id(), scored, BatchQuotaStep.notes(pack, results), null);
                afterUnitWritten.accept(unit);
                previous.join(); // commits in the units' order: the checkpoint only moves forward
                if (job.cancelled()) {
                    throw new Stopped(); // cancelled while this unit was scored: it rolls back
                }
                audit.record(AuditEntry.write(
                        actor,
                        "EVAL_RESULTS_WRITE",
                        "EVAL_UNIT_RESULTS",
                        p.period() + "/" + unit,
                        unit,
                        null,
                        written,
                        row.code() + " v" + row.version() + ": " + results.size()));
                job.checkpoint(Integer.toString(next));
                return (long) results.size();
            });
            job.progress(next, null);
            done.complete(null);
            return n == null ? 0 : n;
        } catch (RuntimeException | Error e) {
            done.completeExceptionally(e);
            throw e;
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(JobContext job) {
        Params p = RulePackJson.read(job.params(), Params.class, "tham số tác vụ");
        RulePackRepository.Row row = packs.inForceByCode(p.pack(), p.date())
                .orElseThrow(
                        () -> new EvaluationInputException("Không có gói quy tắc «" + p.pack() + "» có hiệu lực."));
        // The units in force on the batch's date, parents before children (by level, the order OrgDirectory
        // guarantees): a unit's collective is graded before the units below it, and the checkpoint is a stable
        // position in this list (EVAL-32). A unit merged or dissolved before the date has no one left to score.
        List<Long> units = new ArrayList<>(org.subtreeAsOf(p.rootUnitId(), p.date()).stream()
                .map(u -> u.id())
                .toList());
        score(job, p, row, units);
    }

    /** A unit not committed because the job was cancelled (not a failure). */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("cancelled", null, false, false);
        }
    }

    /** The outcome of a unit's task: its number of results (0 if stopped by a cancel), or its failure. */
    private static long result(Future<Long> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Batch scoring interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                    && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof Stopped) {
                return 0;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        }
    }

    /** Scores the units in order from the job's checkpoint; also the path the end-to-end benchmark measures. */
    void score(JobContext job, Params p, RulePackRepository.Row row, List<Long> units) {
        CompiledPack pack = PackCompiler.compile(RulePackJson.pack(row.body()));
        int start = job.checkpoint() == null ? 0 : Integer.parseInt(job.checkpoint());
        job.total(units.size());
        long scored = 0;
        String actor = CurrentUser.name();
        int threads = Math.max(1, workers);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "evaluation-batch-unit");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Map.Entry<Integer, Future<Long>>> inFlight = new ArrayDeque<>();
        RuntimeException failure = null;
        int failedAt = -1;
        try (UnitInputs inputs = new UnitInputs(units, start, ids -> store.subjects(p.period(), ids))) {
            CompletableFuture<Void> previous = CompletableFuture.completedFuture(null);
            for (int i = start; i < units.size() && failure == null && !job.cancelled(); i++) {
                if (inFlight.size() >= threads) {
                    Map.Entry<Integer, Future<Long>> oldest = inFlight.poll();
                    try {
                        scored += result(oldest.getValue());
                    } catch (RuntimeException e) {
                        failure = e;
                        failedAt = oldest.getKey();
                        break;
                    }
                }
                long unit = units.get(i);
                int next = i + 1;
                List<Subject> subjects;
                try {
                    subjects = inputs.subjects(i);
                } catch (RuntimeException e) {
                    failure = e;
                    failedAt = i;
                    break;
                }
                CompletableFuture<Void> after = previous;
                CompletableFuture<Void> done = new CompletableFuture<>();
                inFlight.add(Map.entry(
                        i, pool.submit(() -> unit(job, p, pack, row, unit, subjects, next, actor, after, done))));
                previous = done;
            }
            // the rest, in order; after a failure, those still running roll back (their previous unit failed)
            for (Map.Entry<Integer, Future<Long>> e : inFlight) {
                try {
                    scored += result(e.getValue());
                } catch (RuntimeException ex) {
                    if (failure == null) {
                        failure = ex;
                        failedAt = e.getKey();
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (failure != null) {
            job.checkpoint(Integer.toString(failedAt)); // the unit rolled back: resume from it
            throw failure;
        }
        // The distribution covers the whole subtree, units scored by earlier (interrupted) runs included.
        java.util.EnumMap<Grade, Long> distribution = new java.util.EnumMap<>(Grade.class);
        java.util.Set<Long> subtree = new java.util.HashSet<>(units);
        store.distributionByUnit(p.period()).forEach((unit, counts) -> {
            if (subtree.contains(unit)) {
                counts.forEach((g, n) -> distribution.merge(g, n, Long::sum));
            }
        });
        String grades = BatchSummary.grades().stream()
                .map(g -> g.name() + " " + vn.tochuc.shared.VnFormats.number(distribution.getOrDefault(g, 0L)))
                .collect(java.util.stream.Collectors.joining(", "));
        job.result("Đã chấm " + vn.tochuc.shared.VnFormats.number(scored) + " đối tượng trong "
                + vn.tochuc.shared.VnFormats.number(units.size() - start) + " đơn vị, kỳ " + p.period()
                + " (gói " + row.code() + " phiên bản " + row.version() + "). Xếp loại toàn đơn vị: " + grades
                + ". Biểu đồ và tệp Excel: " + BatchSummaryController.PAGE + "?root=" + p.rootUnitId() + "&period="
                + p.period());
    }
}
