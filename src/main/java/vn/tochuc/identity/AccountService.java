package vn.tochuc.identity;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.shared.UnitScope;
import vn.tochuc.web.Role;

/** Loads users for login and API calls, and binds each to their unit scope. */
@Service
class AccountService implements UserDetailsService {

    private final UserRepository users;

    AccountService(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public SignedInUser loadUserByUsername(String username) {
        UserRow row =
                users.findByUsername(username.trim()).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return principal(row);
    }

    SignedInUser principal(UserRow row) {
        Set<Role> roles = users.roles(row.id());
        boolean locked = row.lockedUntil() != null && row.lockedUntil().isAfter(OffsetDateTime.now());
        return new SignedInUser(row, roles, scopeOf(row), locked);
    }

    /** The home unit's subtree plus any granted subtrees; everything for a global scope. */
    UnitScope scopeOf(UserRow row) {
        if (row.globalScope()) {
            return UnitScope.everything();
        }
        Set<Long> roots = new HashSet<>(users.extraScope(row.id()));
        if (row.homeUnitId() != null) {
            roots.add(row.homeUnitId());
        }
        return UnitScope.of(roots);
    }
}
