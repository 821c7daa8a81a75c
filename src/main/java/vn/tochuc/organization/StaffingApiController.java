package vn.tochuc.organization;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tochuc.web.CurrentUser;
import vn.tochuc.web.FitsColumn;
import vn.tochuc.web.Role;

@RestController
@Tag(name = "api.tag.staffing", description = "Job positions, headcount and streamlining (KL 40)")
class StaffingApiController {

    private final StaffingService staffing;

    StaffingApiController(StaffingService staffing) {
        this.staffing = staffing;
    }

    @GetMapping("/api/org/units/{id}/positions")
    @Operation(summary = "Job positions of an organization (JOB-01..JOB-05)")
    List<Staffing.Position> positions(@PathVariable long id) {
        return staffing.positions(id);
    }

    @PostMapping("/api/org/units/{id}/positions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a job position; 400 with a Vietnamese message citing the rule when a field is wrong")
    Staffing.Position add(@PathVariable long id, @RequestBody PositionRequest p) {
        CurrentUser.require(Role.ORG_STAFF, Role.ADMIN);
        if (p.approvalDate() == null
                || p.validFrom() == null
                || p.approvalNo() == null
                || p.targetHeadcount() == null) {
            throw new vn.tochuc.web.BadInputException("Vị trí việc làm phải có số người định biên, số và ngày quyết"
                    + " định phê duyệt, ngày hiệu lực (JOB-05).");
        }
        Staffing.Position withUnit = new Staffing.Position(
                0,
                id,
                orEmpty(p.code()),
                orEmpty(p.name()),
                orEmpty(p.group()),
                orEmpty(p.workloadType()),
                p.targetHeadcount(),
                p.requiredRank(),
                p.requirements(),
                p.competencyFramework(),
                p.approvalNo(),
                p.approvalDate(),
                p.validFrom(),
                p.validTo());
        long newId = staffing.addPosition(withUnit);
        return staffing.positions(id).stream()
                .filter(x -> x.id() == newId)
                .findFirst()
                .orElse(withUnit);
    }

    /** A job position as submitted (JOB-05 fields). */
    record PositionRequest(
            @FitsColumn("org_job_position.code") @Nullable String code,
            @FitsColumn("org_job_position.name") @Nullable String name,
            @Nullable String group,
            @Nullable String workloadType,
            @Nullable Integer targetHeadcount,

            @FitsColumn("org_job_position.required_rank") @Nullable
            String requiredRank,

            @FitsColumn("org_job_position.requirements") @Nullable
            String requirements,

            @FitsColumn("org_job_position.competency_framework") @Nullable
            String competencyFramework,

            @FitsColumn("org_job_position.approval_no") @Nullable
            String approvalNo,

            @Nullable LocalDate approvalDate,
            @Nullable LocalDate validFrom,
            @Nullable LocalDate validTo) {}

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s.strip();
    }

    @GetMapping("/api/org/units/{id}/headcount")
    @Operation(summary = "Headcount by year and category (JOB-06)")
    List<Staffing.Headcount> headcount(@PathVariable long id) {
        return staffing.headcount(id);
    }

    @PutMapping("/api/org/units/{id}/headcount")
    @Operation(summary = "Record the headcount of one year and category")
    List<Staffing.Headcount> saveHeadcount(@PathVariable long id, @RequestBody Staffing.Headcount h) {
        CurrentUser.require(Role.ORG_STAFF, Role.ADMIN);
        staffing.saveHeadcount(new Staffing.Headcount(
                id,
                h.year(),
                h.category(),
                h.approved(),
                h.filled(),
                h.reducedRestructuring(),
                h.reducedStreamlining(),
                h.reducedOther()));
        return staffing.headcount(id);
    }

    @GetMapping("/api/org/units/{id}/streamlining")
    @Operation(summary = "KL 40 streamlining targets (ORG-09) checked over the organization's subtree")
    List<Staffing.Result> streamlining(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
        return staffing.streamlining(id, asOf == null ? OrgClock.today() : asOf);
    }
}
