package vn.tochuc.organization;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.tochuc.web.NotFoundException;

@RestController
@Tag(name = "Tổ chức bộ máy", description = "Units of the locality and organization trees")
class UnitApiController {

    record UnitJson(long id, String tree, String code, String name, String kind, Long parentId,
            List<Long> childIds) {}

    private final OrgDirectory directory;
    private final UnitScopes scopes;

    UnitApiController(OrgDirectory directory, UnitScopes scopes) {
        this.directory = directory;
        this.scopes = scopes;
    }

    @GetMapping("/api/org/units/{id}")
    @Operation(summary = "One unit with its children; 403 outside the caller's scope")
    UnitJson unit(@PathVariable long id) {
        OrgDirectory.UnitRef u = directory.find(id).orElseThrow(() -> new NotFoundException("unit " + id));
        scopes.require(id);
        return new UnitJson(u.id(), u.tree(), u.code(), u.name(), u.kind(), u.parentId(),
                directory.children(id).stream().map(OrgDirectory.UnitRef::id).toList());
    }
}
