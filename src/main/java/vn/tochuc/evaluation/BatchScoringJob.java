package vn.tochuc.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tochuc.audit.AuditEntry;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.web.CurrentUser;
import vn.tochuc.web.JobContext;
import vn.tochuc.web.JobHandler;

/**
 * Batch scoring of a period over a unit subtree (issue 5, point 7): reads subjects from {@code eval_input}
 * (a chunk of units ahead, on another thread: {@link UnitInputs}), grades each unit in one transaction
 * (collectives first, heads last, EVAL-32), applies the quota step ({@link BatchQuotaStep}) and replaces its
 * results, each with the compact data of its explanation (ADR 0010), with one {@code COPY} on PostgreSQL or
 * one JDBC batch elsewhere, so a half-scored unit is never visible. The checkpoint (index of the next unit) is committed with the unit, so a run resumed after a
 * crash or a kill -9 continues after the last committed unit and scores each unit exactly once. On
 * PostgreSQL the unit's commit does not wait for the WAL flush ({@link EvalStoreRepository#asyncCommit}): a
 * crash may lose the last units, but together with their checkpoint, so they are scored again on resume.
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
    /** Test hook, called inside a unit's transaction after its results are written (a crash mid-unit). */
    volatile java.util.function.LongConsumer afterUnitWritten = unit -> {};

    BatchScoringJob(OrgDirectory org, EvalStoreRepository store, RulePackRepository packs, TransactionTemplate tx,
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
     */
    private long unit(JobContext job, Params p, CompiledPack pack, RulePackRepository.Row row, long unit,
            List<Subject> subjects, int next) {
        return tx.execute(s -> {
            store.asyncCommit();
            // heads of units whose collective is not in this unit: their collective's stored grade (EVAL-32)
            java.util.Set<Long> here = new java.util.HashSet<>();
            subjects.stream().filter(x -> x.kind() == Subject.Kind.COLLECTIVE).forEach(x -> here.add(x.unitId()));
            List<Long> headed = subjects.stream().map(Subject::headOfUnitId)
                    .filter(h -> h != null && !here.contains(h)).distinct().toList();
            Map<Long, Grade> known = store.collectiveGrades(p.period(), headed);
            List<StoredExplanation.Scored> scored = GradingOrderPolicy.traceInOrder(pack, subjects, known);
            List<EvaluationResult> results = scored.stream().map(StoredExplanation.Scored::result).toList();
            String written = store.replaceUnit(p.period(), unit, row.id(), scored,
                    BatchQuotaStep.notes(pack, results), null);
            audit.record(AuditEntry.write(CurrentUser.name(), "EVAL_RESULTS_WRITE", "EVAL_UNIT_RESULTS",
                    p.period() + "/" + unit, unit, null, written,
                    row.code() + " v" + row.version() + ": " + results.size()));
            afterUnitWritten.accept(unit);
            job.checkpoint(Integer.toString(next));
            return (long) results.size();
        });
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(JobContext job) {
        Params p = RulePackJson.read(job.params(), Params.class, "tham số tác vụ");
        RulePackRepository.Row row = packs.inForceByCode(p.pack(), p.date()).orElseThrow(
                () -> new EvaluationInputException("Không có gói quy tắc «" + p.pack() + "» có hiệu lực."));
        // Parents before children (the order OrgDirectory guarantees): a unit's collective is graded before the
        // units below it, and the checkpoint is a stable position in this list (EVAL-32).
        List<Long> units = new ArrayList<>(org.subtreeIds(p.rootUnitId()));
        score(job, p, row, units);
    }

    /** Scores the units in order from the job's checkpoint; also the path the end-to-end benchmark measures. */
    void score(JobContext job, Params p, RulePackRepository.Row row, List<Long> units) {
        CompiledPack pack = PackCompiler.compile(RulePackJson.pack(row.body()));
        int start = job.checkpoint() == null ? 0 : Integer.parseInt(job.checkpoint());
        job.total(units.size());
        long scored = 0;
        try (UnitInputs inputs = new UnitInputs(units, start, ids -> store.subjects(p.period(), ids))) {
            for (int i = start; i < units.size() && !job.cancelled(); i++) {
                long unit = units.get(i);
                int next = i + 1;
                try {
                    scored += unit(job, p, pack, row, unit, inputs.subjects(i), next);
                } catch (RuntimeException e) {
                    job.checkpoint(Integer.toString(i)); // the unit rolled back: resume from it
                    throw e;
                }
                job.progress(next, null);
            }
        }
        // The distribution covers the whole subtree, units scored by earlier (interrupted) runs included.
        java.util.EnumMap<Grade, Long> distribution = new java.util.EnumMap<>(Grade.class);
        java.util.Set<Long> subtree = new java.util.HashSet<>(units);
        store.distributionByUnit(p.period()).forEach((unit, counts) -> {
            if (subtree.contains(unit)) {
                counts.forEach((g, n) -> distribution.merge(g, n, Long::sum));
            }
        });
        job.result("Đã chấm " + scored + " đối tượng trong " + (units.size() - start) + " đơn vị, kỳ " + p.period()
                + " (gói " + row.code() + " phiên bản " + row.version() + "). Phân bố xếp loại: " + distribution
                + ". Biểu đồ và tệp Excel: " + BatchSummaryController.PAGE + "?root=" + p.rootUnitId() + "&period="
                + p.period());
    }
}
