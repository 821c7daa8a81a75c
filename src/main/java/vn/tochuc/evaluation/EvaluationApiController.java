package vn.tochuc.evaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "api.tag.evaluation", description = "Rule packs, dry-run scoring and grading (issue 5)")
class EvaluationApiController {

    static final String DRY_RUN = "/api/evaluation/dry-run";

    private final Evaluations evaluations;
    private final GradeDecisions decisions;
    private final DemoInputs demo;

    EvaluationApiController(Evaluations evaluations, GradeDecisions decisions, DemoInputs demo) {
        this.evaluations = evaluations;
        this.decisions = decisions;
        this.demo = demo;
    }

    @PostMapping("/api/evaluation/demo-inputs")
    @Operation(
            summary = "ADMIN, demo profile only: synthetic QĐ 366 inputs of a period for every unit of a subtree "
                    + "(one collective, one head, members), so that a batch run has something to score")
    ResponseEntity<DemoInputs.Generated> demoInputs(
            @RequestParam long root, @RequestParam String period, @RequestParam(defaultValue = "50") int perUnit) {
        return ResponseEntity.status(HttpStatus.CREATED).body(demo.generate(root, period, perUnit));
    }

    @PostMapping(value = "/api/evaluation/decisions", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "COMMITTEE or ADMIN: decide a subject's grade, or change a decided one (EVAL-02)",
            description = "Stores a new version with the canonical JSON of the inputs and the result, recorded in "
                    + "the hash-chained audit log. Changing a decided grade, or deciding a grade other than the "
                    + "computed one, needs a reason; without it the answer is 400 with a Vietnamese message.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema = @Schema(implementation = DecisionRequest.class))))
    ResponseEntity<GradeDecision> decide(@RequestBody(required = false) @Nullable String body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(decisions.decide(body == null ? "" : body));
    }

    @GetMapping("/api/evaluation/decisions/{period}/{subjectId}")
    @Operation(
            summary = "Every version of a subject's decided grade, oldest first, each checked against the "
                    + "audit log (intact = the stored row matches the digest in the chain)")
    List<GradeDecision> decisions(@PathVariable String period, @PathVariable String subjectId) {
        return decisions.versions(period, subjectId);
    }

    @PostMapping(value = DRY_RUN, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Score and grade one subject, or a peer group with its quota, without saving",
            description = "Answers 400 with problem JSON naming the item and the rule for any bad input; "
                    + "the examples are the worked example of each shipped pack.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema = @Schema(implementation = DryRunRequest.class))))
    DryRunResponse dryRun(@RequestBody(required = false) @Nullable String body) {
        return evaluations.dryRun(body == null ? "" : body);
    }

    @GetMapping("/api/evaluation/packs")
    @Operation(summary = "Rule pack versions, with their status and number of uncertain (U) rules")
    List<Evaluations.PackSummary> packs() {
        return evaluations.packs();
    }

    @GetMapping(value = "/api/evaluation/packs/{code}/{version}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The JSON document of one pack version")
    String pack(@PathVariable String code, @PathVariable int version) {
        return evaluations.packBody(code, version);
    }

    @PostMapping(value = "/api/evaluation/packs", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "ADMIN: store a new version of a pack (checked and compiled first); draft=true keeps it "
                    + "out of selection until published")
    ResponseEntity<Evaluations.PackSummary> publish(
            @RequestBody(required = false) @Nullable String body, @RequestParam(defaultValue = "false") boolean draft) {
        return ResponseEntity.status(HttpStatus.CREATED).body(evaluations.publish(body == null ? "" : body, draft));
    }

    @PostMapping("/api/evaluation/packs/{code}/{version}/publish")
    @Operation(summary = "ADMIN: publish a draft version")
    Evaluations.PackSummary publishDraft(@PathVariable String code, @PathVariable int version) {
        return evaluations.publishDraft(code, version);
    }
}
