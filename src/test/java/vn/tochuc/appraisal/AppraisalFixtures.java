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

    /**
     * Test-only: opens a cycle of a unique target group the way {@link Appraisals#open} builds it (the pack version
     * in force at the period's end, the latest deadline unless given), inserted directly. The tests' unit and period
     * pairs repeat across tests and runs on a shared database, and {@code open} takes only the pack's target groups
     * (one cycle per group); AppraisalFlowIntegrationTests and CycleSetupIntegrationTests test {@code open} itself.
     */
    record Opener(CycleRepository cycles, vn.tochuc.evaluation.PackSelection packs) {

        Cycle open(long unit, String kind, String period, String pack, java.time.@Nullable LocalDate deadline) {
            Periods.Period p = Periods.parse(kind, period);
            var inForce = packs.inForce(pack, p.end()).orElseThrow();
            java.time.LocalDate due = deadline == null ? Periods.latestDeadline(p, inForce.numbers()) : deadline;
            long id = cycles.insertCycle(
                    new Cycle(
                            0,
                            unit,
                            uniqueGroup(),
                            p.kind(),
                            p.code(),
                            p.start(),
                            p.end(),
                            due,
                            inForce.code(),
                            inForce.version(),
                            "OPEN"),
                    "test");
            return cycles.cycle(id).orElseThrow();
        }
    }

    /** Test-only: a unit under {@code parent} and people in it, as the people module's tests do (no public command). */
    static long testUnit(org.springframework.jdbc.core.simple.JdbcClient jdbc, long parent) {
        String parentPath = jdbc.sql("select path from org_unit where id = :p")
                .param("p", parent)
                .query(String.class)
                .single();
        long id = jdbc.sql("select next_id from org_id_alloc where name = 'unit' for update")
                .query(Long.class)
                .single();
        jdbc.sql("update org_id_alloc set next_id = next_id + 1 where name = 'unit'")
                .update();
        jdbc.sql("""
                insert into org_unit (id, tree, code, name, name_folded, kind, parent_id, path, valid_from)
                values (:id, 'ORGANIZATION', :code, 'Chi bộ thử', 'chi bo thu', 'TEST', :parent, :path, :from)
                """)
                .param("id", id)
                .param("code", "APPR-" + id)
                .param("parent", parent)
                .param("path", parentPath + id + "/")
                .param("from", java.time.LocalDate.of(2025, 7, 1))
                .update();
        jdbc.sql("""
                insert into org_unit_version (unit_id, valid_from, code, name, name_folded, kind, level_no, parent_id)
                select id, valid_from, code, name, name_folded, kind, 0, parent_id from org_unit where id = :id
                """).param("id", id).update();
        return id;
    }

    static String uniqueUser(String prefix) {
        return prefix + "." + System.nanoTime() % 100000000 + "." + SEQ.incrementAndGet();
    }

    record Who(String username, UnitScope scope, Set<Role> roles) implements ScopedPrincipal {
        @Override
        public long userId() {
            return -1;
        }

        @Override
        public String toString() {
            return username;
        }

        @Override
        public String displayName() {
            return username;
        }

        @Override
        public @Nullable Long homeUnitId() {
            return scope.rootUnitIds().stream().findFirst().orElse(null);
        }
    }

    static Who who(String username, long unit, Role... roles) {
        return new Who(username, UnitScope.of(Set.of(unit)), Set.of(roles));
    }

    static <T> T as(Who who, Callable<T> work) {
        var previous = SecurityContextHolder.getContext();
        var ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                who,
                null,
                Arrays.stream(who.roles().toArray(Role[]::new))
                        .map(r -> new SimpleGrantedAuthority(r.authority()))
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
