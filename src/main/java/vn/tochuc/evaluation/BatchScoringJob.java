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
 * Batch scoring of a period over a unit subtree (issue 5, point 7; skeleton): reads subjects from
 * {@code eval_input}, grades each unit in one transaction (collectives first, heads last, EVAL-32) and
 * replaces its results, so a half-scored unit is never visible. The checkpoint is the index of the next
 * unit, so a resumed run continues after the last committed unit.
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

    BatchScoringJob(OrgDirectory org, EvalStoreRepository store, RulePackRepository packs, TransactionTemplate tx,
            AuditLog audit) {
        this.audit = audit;
        this.org = org;
        this.store = store;
        this.packs = packs;
        this.tx = tx;
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
        CompiledPack pack = PackCompiler.compile(RulePackJson.pack(row.body()));
        // Parents before children (the order OrgDirectory guarantees): a unit's collective is graded before the
        // units below it, and the checkpoint is a stable position in this list (EVAL-32).
        List<Long> units = new ArrayList<>(org.subtreeIds(p.rootUnitId()));
        int start = job.checkpoint() == null ? 0 : Integer.parseInt(job.checkpoint());
        job.total(units.size());
        long scored = 0;
        java.util.EnumMap<Grade, Long> distribution = new java.util.EnumMap<>(Grade.class);
        for (int i = start; i < units.size() && !job.cancelled(); i++) {
            long unit = units.get(i);
            scored += tx.execute(s -> {
                List<Subject> subjects = store.subjects(p.period(), unit);
                List<Long> headed = subjects.stream().map(Subject::headOfUnitId)
                        .filter(java.util.Objects::nonNull).toList();
                Map<Long, Grade> known = store.collectiveGrades(p.period(), headed);
                List<EvaluationResult> results = GradingOrderPolicy.gradeInOrder(pack, subjects, known);
                store.replaceUnit(p.period(), unit, row.id(), results, null);
                audit.record(AuditEntry.write(CurrentUser.name(), "EVAL_RESULTS_WRITE", "EVAL_UNIT_RESULTS",
                        p.period() + "/" + unit, unit, null, RulePackJson.write(results),
                        row.code() + " v" + row.version() + ": " + results.size()));
                results.forEach(r -> distribution.merge(r.grade(), 1L, Long::sum));
                return (long) results.size();
            });
            job.checkpoint(Integer.toString(i + 1));
            job.progress(i + 1, null);
        }
        job.result("Đã chấm " + scored + " đối tượng trong " + (units.size() - start) + " đơn vị, kỳ " + p.period()
                + " (gói " + row.code() + " phiên bản " + row.version() + "). Phân bố xếp loại: " + distribution + ".");
    }
}
