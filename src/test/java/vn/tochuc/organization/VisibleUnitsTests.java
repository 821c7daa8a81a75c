package vn.tochuc.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.tochuc.shared.UnitScope;
import vn.tochuc.web.OutOfScopeException;
import vn.tochuc.web.Role;
import vn.tochuc.web.ScopedPrincipal;

/** The one scope API (issue 12, point 4): the set of units a user may see, computed by UnitScopes only. */
@SpringBootTest
class VisibleUnitsTests {

    @Autowired
    UnitScopes scopes;

    @Autowired
    OrgDirectory org;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @DisplayName("A scope's visible units are the union of its roots' subtrees; global sees all; no scope sees none")
    void visibleIsTheUnionOfTheSubtrees() {
        OrgDirectory.UnitRef province = rootWithChildren();
        List<OrgDirectory.UnitRef> children = org.children(province.id());
        long a = children.get(0).id();
        long b = children.get(1).id();

        VisibleUnits two = scopes.visible(UnitScope.of(Set.of(a, b)));
        Set<Long> expected = new HashSet<>(org.subtreeIds(a));
        expected.addAll(org.subtreeIds(b));
        assertThat(two.all()).isFalse();
        assertThat(two.ids()).isEqualTo(expected);
        assertThat(two.covers(a)).isTrue();
        assertThat(two.covers(province.id())).isFalse();
        assertThat(two.idsOrAll()).isEqualTo(expected);

        VisibleUnits all = scopes.visible(UnitScope.everything());
        assertThat(all.all()).isTrue();
        assertThat(all.covers(province.id())).isTrue();
        assertThat(all.idsOrAll()).isNull();

        assertThat(scopes.visible(UnitScope.nothing()).ids()).isEmpty();
        assertThat(scopes.visible(UnitScope.nothing()).covers(a)).isFalse();
    }

    @Test
    @DisplayName("visibleUnder narrows to a unit's subtree inside the scope and refuses a unit outside it")
    void visibleUnderRequiresTheUnit() {
        OrgDirectory.UnitRef province = rootWithChildren();
        List<OrgDirectory.UnitRef> children = org.children(province.id());
        long a = children.get(0).id();
        long b = children.get(1).id();
        signIn(UnitScope.of(Set.of(a)));

        assertThat(scopes.visible().ids()).isEqualTo(Set.copyOf(org.subtreeIds(a)));
        assertThat(scopes.visibleUnder(null)).isEqualTo(scopes.visible());
        assertThat(scopes.visibleUnder(a).ids()).isEqualTo(Set.copyOf(org.subtreeIds(a)));
        assertThatThrownBy(() -> scopes.visibleUnder(b)).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> scopes.visibleUnder(province.id())).isInstanceOf(OutOfScopeException.class);
    }

    /** A root in force (the demo province's Party committee or locality) with at least two units under it. */
    private OrgDirectory.UnitRef rootWithChildren() {
        return scopes.rootsOf(UnitScope.everything()).stream()
                .filter(r -> org.children(r.id()).size() > 1)
                .findFirst()
                .orElseThrow();
    }

    private static void signIn(UnitScope scope) {
        ScopedPrincipal p = new ScopedPrincipal() {
            public long userId() {
                return -1;
            }

            public String username() {
                return "scope-test";
            }

            public String displayName() {
                return "scope-test";
            }

            public Set<Role> roles() {
                return Set.of(Role.ORG_STAFF);
            }

            public @Nullable Long homeUnitId() {
                return null;
            }

            public UnitScope scope() {
                return scope;
            }
        };
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(p, null, List.of()));
    }
}
