package vn.tochuc.appraisal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Kỳ đánh giá", description = "Evaluation cycles and their results, scoped like the pages (issue 6)")
class AppraisalApiController {

    /** A cycle's member with the three grades and who gave them (EVAL-02), and the task results from work items. */
    record ResultRow(long memberId, String kind, long unitId, String name, @Nullable String selfGrade,
            @Nullable String selfBy, @Nullable OffsetDateTime selfAt, @Nullable String appraisedGrade,
            @Nullable String appraisedBy, @Nullable OffsetDateTime appraisedAt, @Nullable String decidedGrade,
            @Nullable String decidedBy, @Nullable OffsetDateTime decidedAt, TaskResult tasks) {}

    record CycleResults(Cycle cycle, List<ResultRow> results) {}

    private final Appraisals appraisals;
    private final WorkItems work;

    AppraisalApiController(Appraisals appraisals, WorkItems work) {
        this.appraisals = appraisals;
        this.work = work;
    }

    @GetMapping("/api/evaluation/cycles")
    @Operation(summary = "Evaluation cycles in the caller's scope, newest period first")
    List<Cycle> cycles() {
        return appraisals.cycles();
    }

    @GetMapping("/api/evaluation/cycles/{id}/results")
    @Operation(summary = "Results of a cycle in grading order: self-assessed, appraised and decided grades with who "
            + "and when, and quantity/quality/timeliness from work items; 403 outside the caller's scope")
    CycleResults results(@PathVariable long id) {
        Cycle c = appraisals.cycle(id);
        List<ResultRow> rows = appraisals.members(id).stream().map(m -> new ResultRow(m.id(), m.kind(), m.unitId(),
                m.displayName(), m.selfGrade(), m.selfBy(), m.selfAt(), m.apprGrade(), m.apprBy(), m.apprAt(),
                m.decidedGrade(), m.decidedBy(), m.decidedAt(), work.result(m.id()))).toList();
        return new CycleResults(c, rows);
    }
}
