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
@Tag(name = "Đánh giá, xếp loại", description = "Rule packs, dry-run scoring and grading (issue 5)")
class EvaluationApiController {

    static final String DRY_RUN = "/api/evaluation/dry-run";

    private final Evaluations evaluations;

    EvaluationApiController(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    @PostMapping(value = DRY_RUN, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Score and grade one subject, or a peer group with its quota, without saving",
            description = "Answers 400 with problem JSON naming the item and the rule for any bad input; "
                    + "the examples are the worked example of each shipped pack.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
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
    @Operation(summary = "ADMIN: store a new version of a pack (checked and compiled first); draft=true keeps it "
            + "out of selection until published")
    ResponseEntity<Evaluations.PackSummary> publish(@RequestBody(required = false) @Nullable String body,
            @RequestParam(defaultValue = "false") boolean draft) {
        return ResponseEntity.status(HttpStatus.CREATED).body(evaluations.publish(body == null ? "" : body, draft));
    }

    @PostMapping("/api/evaluation/packs/{code}/{version}/publish")
    @Operation(summary = "ADMIN: publish a draft version")
    Evaluations.PackSummary publishDraft(@PathVariable String code, @PathVariable int version) {
        return evaluations.publishDraft(code, version);
    }
}
