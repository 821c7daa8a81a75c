package vn.tochuc.web;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.tochuc.shared.UnitScope;

/** What every authenticated principal of tochuc carries: who, which roles, which home unit and scope. */
public interface ScopedPrincipal {

    long userId();

    String username();

    String displayName();

    Set<Role> roles();

    @Nullable
    Long homeUnitId();

    UnitScope scope();

    /** The person record (people module) this account belongs to, when an administrator linked one. */
    default @Nullable Long personId() {
        return null;
    }
}
