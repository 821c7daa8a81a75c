package vn.tochuc.organization;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tochuc.web.CurrentUser;
import vn.tochuc.web.LongJobs;
import vn.tochuc.web.NotFoundException;
import vn.tochuc.web.Role;

@RestController
@Tag(name = "api.tag.organization", description = "Units of the locality and organization trees")
class EventApiController {

    record Applied(List<Long> eventIds) {}

    record Started(long jobId, String href) {}

    private final Restructuring restructuring;
    private final OrgEventRepository events;
    private final UnitScopes scopes;
    private final LongJobs jobs;

    EventApiController(Restructuring restructuring, OrgEventRepository events, UnitScopes scopes, LongJobs jobs) {
        this.restructuring = restructuring;
        this.events = events;
        this.scopes = scopes;
        this.jobs = jobs;
    }

    @PostMapping("/api/org/events")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Apply a restructuring event (create, rename, move, merge, split, dissolve, change of type)",
            description = "Atomic and validated: a refused event answers 400 with a Vietnamese message naming the "
                    + "unit and the rule (ORG-R1..R8); every unit named must be in the caller's scope.")
    Applied apply(@RequestBody EventRequest request) {
        CurrentUser.require(Role.ORG_STAFF, Role.ADMIN);
        return new Applied(restructuring.applyAsUser(List.of(request.toCommand()), CurrentUser.name()));
    }

    @GetMapping("/api/org/events/{id}")
    @Operation(summary = "One restructuring event with its legal basis and the units taking part")
    OrgEvent event(@PathVariable long id) {
        OrgEvent e = events.find(id).orElseThrow(() -> new NotFoundException("event " + id));
        if (!"LOCALITY".equals(e.tree())) {
            e.parties().stream().findFirst().ifPresent(p -> scopes.require(p.unitId()));
        }
        return e;
    }

    @PostMapping("/api/org/events/{id}/withdraw")
    @Operation(summary = "Withdraw an event that is not yet in force (ORG-R9)")
    OrgEvent withdraw(@PathVariable long id) {
        CurrentUser.require(Role.ORG_STAFF, Role.ADMIN);
        restructuring.withdraw(id, CurrentUser.name());
        return events.find(id).orElseThrow(() -> new NotFoundException("event " + id));
    }

    @PostMapping("/api/org/imports/admin-units")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Start the import of the shipped administrative units as a long job (idempotent)")
    Started importAdminUnits() {
        CurrentUser.require(Role.ADMIN);
        long id = jobs.start(AdminImportJob.KIND, "Nhập danh mục đơn vị hành chính", "");
        return new Started(id, "/jobs/" + id);
    }
}
