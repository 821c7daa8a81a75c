package vn.tochuc.evaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tochuc.web.BadInputException;

/** Batch scoring for integrations: start a run (a long job, followed at /api/jobs/{id}) and read its summary. */
@RestController
@Tag(name = "api.tag.batch", description = "Batch scoring of a period over a unit subtree (issue 5, point 7)")
class BatchApiController {

    private final Evaluations evaluations;
    private final BatchSummaries summaries;

    BatchApiController(Evaluations evaluations, BatchSummaries summaries) {
        this.evaluations = evaluations;
        this.summaries = summaries;
    }

    /** What starts a run: the subtree, the period, the rule pack and the date that picks its version. */
    record BatchRequest(
            @Nullable Long rootUnitId,
            @Nullable String period,
            @Nullable String pack,
            @Nullable LocalDate date) {}

    @PostMapping("/api/evaluation/batches")
    @Operation(
            summary = "ORG_STAFF or ADMIN: score and grade a period over a unit subtree as a long job",
            description = "202 with the job id; progress, cancel and resume at /api/jobs/{id}. Each unit is scored "
                    + "in one transaction with its checkpoint, so a crash never leaves a half-scored unit.")
    ResponseEntity<Map<String, Long>> start(@RequestBody BatchRequest r) {
        if (r.rootUnitId() == null || r.period() == null || r.pack() == null || r.date() == null) {
            throw new BadInputException("Cần có đơn vị (rootUnitId), kỳ đánh giá (period), gói quy tắc (pack) và ngày"
                    + " áp dụng (date).");
        }
        long id = evaluations.startBatch(
                r.rootUnitId(), BatchSummaryController.requirePeriod(r.period()), r.pack(), r.date());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("jobId", id));
    }

    @GetMapping("/api/evaluation/batches/summary")
    @Operation(summary = "Grade distribution per unit of a period's stored results over a subtree")
    BatchSummary summary(@RequestParam long root, @RequestParam String period) {
        return summaries.summary(root, BatchSummaryController.requirePeriod(period));
    }
}
