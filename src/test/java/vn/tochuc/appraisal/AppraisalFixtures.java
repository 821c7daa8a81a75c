package vn.tochuc.appraisal;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.tochuc.shared.UnitScope;
import vn.tochuc.web.Role;
import vn.tochuc.web.ScopedPrincipal;

/** Runs code as a principal with given roles and scope; names unique per run (the database is shared). */
final class AppraisalFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private AppraisalFixtures() {}

    /** A unique target-group code (letters only), so that cycles never collide with other runs. */
    static String uniqueGroup() {
        long n = System.nanoTime() + SEQ.incrementAndGet();
        StringBuilder sb = new StringBuilder("T_");
        for (int i = 0; i < 10; i++) {
            sb.append((char) ('A' + (int) (n % 26)));
            n /= 26;
        }
        return sb.toString();
    }

    static String uniqueUser(String prefix) {
        return prefix + "." + System.nanoTime() % 100000000 + "." + SEQ.incrementAndGet();
    }

    record Who(String username, UnitScope scope, Set<Role> roles) implements ScopedPrincipal {
        @Override public long userId() { return -1; }
        @Override public String toString() { return username; }
        @Override public String displayName() { return username; }
        @Override public @Nullable Long homeUnitId() { return scope.rootUnitIds().stream().findFirst().orElse(null); }
    }

    static Who who(String username, long unit, Role... roles) {
        return new Who(username, UnitScope.of(Set.of(unit)), Set.of(roles));
    }

    static <T> T as(Who who, Callable<T> work) {
        var previous = SecurityContextHolder.getContext();
        var ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(who, null, Arrays.stream(
                who.roles().toArray(Role[]::new)).map(r -> new SimpleGrantedAuthority(r.authority()))
                .collect(Collectors.toList())));
        SecurityContextHolder.setContext(ctx);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static void run(Who who, Runnable work) {
        as(who, () -> {
            work.run();
            return null;
        });
    }
}
