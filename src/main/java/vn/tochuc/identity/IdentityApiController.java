package vn.tochuc.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tochuc.web.CurrentUser;
import vn.tochuc.web.ScopedPrincipal;

@RestController
@Tag(name = "api.tag.identity", description = "The caller's identity and, for administrators, the users")
class IdentityApiController {

    record Me(
            long id,
            String username,
            String displayName,
            Set<String> roles,
            Long homeUnitId,
            boolean globalScope,
            Set<Long> scopeRoots) {}

    private final Users users;

    IdentityApiController(Users users) {
        this.users = users;
    }

    @GetMapping("/api/me")
    @Operation(summary = "Who am I: roles, home unit and scope")
    Me me() {
        ScopedPrincipal p = CurrentUser.get().orElseThrow();
        return new Me(
                p.userId(),
                p.username(),
                p.displayName(),
                p.roles().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()),
                p.homeUnitId(),
                p.scope().global(),
                p.scope().rootUnitIds());
    }

    @GetMapping("/api/admin/users")
    @Operation(summary = "Users (administrators only)")
    List<UserSummary> list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page) {
        return users.search(q, page, 100);
    }
}
