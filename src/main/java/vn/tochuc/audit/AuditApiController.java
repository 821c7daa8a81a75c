package vn.tochuc.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "api.tag.audit", description = "The hash-chained audit log (administrators only)")
class AuditApiController {

    private final AuditLog audit;

    AuditApiController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/audit/verify")
    @Operation(summary = "Walk the chain: whether it is intact and, if not, the first entry that breaks it")
    ChainVerification verify() {
        return audit.verify();
    }

    @GetMapping("/api/audit/entries")
    @Operation(summary = "Audit entries, newest first, filtered by actor, action or target")
    List<AuditRecord> entries(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String targetType,
            @RequestParam(required = false) String targetId,
            @RequestParam(defaultValue = "0") int page) {
        return audit.search(actor, action, targetType, targetId, page, 100);
    }
}
