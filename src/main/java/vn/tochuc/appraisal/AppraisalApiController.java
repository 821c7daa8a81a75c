package vn.tochuc.appraisal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "api.tag.appraisal", description = "Evaluation cycles and their results, scoped like the pages (issue 6)")
class AppraisalApiController {

    /** A cycle's member with the three grades and who gave them (EVAL-02), and the task results from work items. */
    record ResultRow(
            long memberId,
            String kind,
            long unitId,
            String name,
            @Nullable String selfGrade,
            @Nullable String selfBy,
            @Nullable OffsetDateTime selfAt,
            @Nullable String appraisedGrade,
            @Nullable String appraisedBy,
            @Nullable OffsetDateTime appraisedAt,
            @Nullable String decidedGrade,
            @Nullable String decidedBy,
            @Nullable OffsetDateTime decidedAt,
            TaskResult tasks) {}

    record CycleResults(Cycle cycle, List<ResultRow> results, long total, int page, int size) {}

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
    @Operation(
            summary = "Results of a cycle in grading order, a page at a time (page from 0, size up to 5,000, "
                    + "default 1,000; total in the answer): self-assessed, appraised and decided grades with who "
                    + "and when, and quantity/quality/timeliness from work items; 403 outside the caller's scope")
    CycleResults results(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "1000") int size) {
        Cycle c = appraisals.cycle(id);
        // Paged (at most 5,000 a page): a province's cycle has tens of thousands of members.
        Appraisals.MemberPage p = appraisals.membersPage(id, page, size);
        var tasks = work.results(c, p.items());
        List<ResultRow> rows = p.items().stream()
                .map(m -> new ResultRow(
                        m.id(),
                        m.kind(),
                        m.unitId(),
                        m.displayName(),
                        m.selfGrade(),
                        m.selfBy(),
                        m.selfAt(),
                        m.apprGrade(),
                        m.apprBy(),
                        m.apprAt(),
                        m.decidedGrade(),
                        m.decidedBy(),
                        m.decidedAt(),
                        tasks.get(m.id())))
                .toList();
        return new CycleResults(c, rows, p.total(), p.page(), p.size());
    }
}
