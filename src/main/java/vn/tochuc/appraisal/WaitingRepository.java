package vn.tochuc.appraisal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts of waiting steps per cycle and the caller's work items coming due: aggregate queries only. */
@Repository
class WaitingRepository {

    /** A work item of the caller not yet reported, with its cycle. */
    record DueRow(long itemId, long memberId, long cycleId, String title, LocalDate due) {}

    private final JdbcClient jdbc;

    WaitingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open cycles whose deadline is on or after {@code since}, nearest deadline first. */
    List<Long> openCycles(LocalDate since, int limit) {
        return jdbc.sql("""
                select id from appr_cycle where status = 'OPEN' and deadline >= :since
                order by deadline, id limit :limit
                """)
                .param("since", since)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /** How far a cycle has come: members, self-assessments submitted, grades decided. */
    record Progress(long members, long submitted, long decided) {}

    /** Open cycles of {@code units} (null = all) whose deadline is on or after {@code since}, nearest first. */
    List<Cycle> openCyclesIn(@Nullable Collection<Long> units, LocalDate since, int limit) {
        if (units != null && units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from appr_cycle where status = 'OPEN' and deadline >= :since
                    and (:all = true or unit_id in (:units))
                order by deadline, id limit :limit
                """)
                .param("since", since)
                .param("all", units == null)
                .param("units", units == null ? List.of(-1L) : units)
                .param("limit", limit)
                .query(CycleRepository::cycle)
                .list();
    }

    /** The progress of each of the cycles (one aggregate query); a cycle without members is absent. */
    Map<Long, Progress> progress(Collection<Long> cycles) {
        Map<Long, Progress> out = new HashMap<>();
        if (cycles.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select cycle_id, count(*), sum(case when self_submitted then 1 else 0 end),
                    sum(case when decided_grade is not null then 1 else 0 end)
                from appr_member where cycle_id in (:cycles) group by cycle_id
                """)
                .param("cycles", cycles)
                .query((rs, n) -> out.put(rs.getLong(1), new Progress(rs.getLong(2), rs.getLong(3), rs.getLong(4))))
                .list();
        return out;
    }

    /** Own self-assessments not submitted, per cycle (deadline on or after {@code since}). */
    Map<Long, Long> ownUnsubmitted(String username, LocalDate since) {
        return counts(jdbc.sql("""
                select m.cycle_id, count(*) from appr_member m join appr_cycle c on c.id = m.cycle_id
                where m.username = :u and m.self_submitted = false and c.status = 'OPEN' and c.deadline >= :since
                group by m.cycle_id
                """).param("u", username).param("since", since));
    }

    /** Submitted, not yet appraised, per cycle, among {@code units} (null = all units). */
    Map<Long, Long> toAppraise(Collection<Long> cycles, @Nullable Collection<Long> units) {
        if (cycles.isEmpty() || units != null && units.isEmpty()) {
            return Map.of();
        }
        return counts(jdbc.sql("""
                select cycle_id, count(*) from appr_member
                where cycle_id in (:cycles) and self_submitted = true and appr_grade is null
                    and (:all = true or unit_id in (:units))
                group by cycle_id
                """)
                .param("cycles", cycles)
                .param("all", units == null)
                .param("units", units == null ? List.of(-1L) : units));
    }

    /** Appraised, not yet decided, per cycle, among {@code units} (null = all units). */
    Map<Long, Long> toDecide(Collection<Long> cycles, @Nullable Collection<Long> units) {
        if (cycles.isEmpty() || units != null && units.isEmpty()) {
            return Map.of();
        }
        return counts(jdbc.sql("""
                select cycle_id, count(*) from appr_member
                where cycle_id in (:cycles) and appr_grade is not null and decided_grade is null
                    and (:all = true or unit_id in (:units))
                group by cycle_id
                """)
                .param("cycles", cycles)
                .param("all", units == null)
                .param("units", units == null ? List.of(-1L) : units));
    }

    /**
     * Members waiting for the appraisal ({@code decide} false) or the decision ({@code decide} true) in the
     * cycles, among {@code units} (null = all), in grading order (EVAL-32), at most {@code limit}.
     */
    List<Member> waitingMembers(boolean decide, Collection<Long> cycles, @Nullable Collection<Long> units, int limit) {
        if (cycles.isEmpty() || units != null && units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(decide ? """
                select * from appr_member
                where cycle_id in (:cycles) and appr_grade is not null and decided_grade is null
                    and (:all = true or unit_id in (:units))
                order by cycle_id, kind, unit_id, head_of_unit_id nulls first, id
                limit :limit
                """ : """
                select * from appr_member
                where cycle_id in (:cycles) and self_submitted = true and appr_grade is null
                    and (:all = true or unit_id in (:units))
                order by cycle_id, kind, unit_id, head_of_unit_id nulls first, id
                limit :limit
                """)
                .param("cycles", cycles)
                .param("all", units == null)
                .param("units", units == null ? List.of(-1L) : units)
                .param("limit", limit)
                .query(CycleRepository::member)
                .list();
    }

    /** The caller's own work items not yet reported and due on or before {@code until}, earliest first. */
    List<DueRow> ownItemsDue(String username, LocalDate until, int limit) {
        return jdbc.sql("""
                select w.id, w.member_id, m.cycle_id, w.title, w.due_date
                from appr_work_item w join appr_member m on m.id = w.member_id
                where m.username = :u and w.done_quantity is null and w.due_date <= :until
                order by w.due_date, w.id limit :limit
                """)
                .param("u", username)
                .param("until", until)
                .param("limit", limit)
                .query((rs, n) -> new DueRow(
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getObject(5, LocalDate.class)))
                .list();
    }

    private static Map<Long, Long> counts(JdbcClient.StatementSpec spec) {
        Map<Long, Long> out = new HashMap<>();
        spec.query((rs, n) -> out.put(rs.getLong(1), rs.getLong(2))).list();
        return out;
    }
}
