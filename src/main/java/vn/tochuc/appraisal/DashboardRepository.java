package vn.tochuc.appraisal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Aggregates for the dashboards: grade counts and step completion per unit, grades per period, one's trend. */
@Repository
class DashboardRepository {

    /** Individuals of one unit (or period) with a decided grade (null = none yet). */
    record GradeCount(String key, @Nullable String grade, long count) {}

    /** How far a unit's members got: total, self-assessed (submitted), appraised, decided. */
    record Completion(long unitId, long total, long selfAssessed, long appraised, long decided) {}

    /** One month of a person: the member row, the self score and the decided grade. */
    record Month(
            long memberId,
            long unitId,
            String periodCode,
            LocalDate start,
            @Nullable Double selfScore,
            @Nullable String decidedGrade) {}

    private final JdbcClient jdbc;

    DashboardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<GradeCount> gradesByUnit(long cycleId) {
        return jdbc.sql("""
                select unit_id, decided_grade, count(*) from appr_member
                where cycle_id = :c and kind = 'INDIVIDUAL' group by unit_id, decided_grade
                """)
                .param("c", cycleId)
                .query((rs, n) -> new GradeCount(String.valueOf(rs.getLong(1)), rs.getString(2), rs.getLong(3)))
                .list();
    }

    List<Completion> completionByUnit(long cycleId) {
        return jdbc.sql("""
                select unit_id, count(*),
                    sum(case when self_submitted = true then 1 else 0 end),
                    sum(case when appr_grade is not null then 1 else 0 end),
                    sum(case when decided_grade is not null then 1 else 0 end)
                from appr_member where cycle_id = :c group by unit_id
                """)
                .param("c", cycleId)
                .query((rs, n) ->
                        new Completion(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .list();
    }

    /** A cycle of a unit: its id, period code and deadline. */
    record PeriodCycle(long id, String periodCode, LocalDate deadline) {}

    /** The unit's last {@code periods} cycles of the kind, oldest period first. */
    List<PeriodCycle> periodCycles(long unitId, String periodKind, int periods) {
        List<PeriodCycle> rows = jdbc.sql("""
                select id, period_code, deadline from appr_cycle where unit_id = :unit and period_kind = :kind
                order by period_start desc, id desc limit :periods
                """)
                .param("unit", unitId)
                .param("kind", periodKind)
                .param("periods", periods)
                .query((rs, n) -> new PeriodCycle(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .list();
        List<PeriodCycle> oldestFirst = new java.util.ArrayList<>(rows);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** Decided grades of a cycle's individuals (null grade = not decided yet), from the grade index. */
    List<GradeCount> gradeCounts(long cycleId, String key) {
        return jdbc.sql("""
                select decided_grade, count(*) from appr_member where cycle_id = :c and kind = 'INDIVIDUAL'
                group by decided_grade
                """)
                .param("c", cycleId)
                .query((rs, n) -> new GradeCount(key, rs.getString(1), rs.getLong(2)))
                .list();
    }

    /** The user's monthly member rows, oldest first, at most {@code months}. */
    List<Month> months(String username, int months) {
        List<Month> rows = jdbc.sql("""
                select m.id, m.unit_id, c.period_code, c.period_start, m.self_score, m.decided_grade
                from appr_member m join appr_cycle c on c.id = m.cycle_id
                where m.username = :u and c.period_kind = 'MONTH' and m.kind = 'INDIVIDUAL'
                order by c.period_start desc, m.id desc limit :n
                """)
                .param("u", username)
                .param("n", months)
                .query((rs, n) -> new Month(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5) == null ? null : rs.getDouble(5),
                        rs.getString(6)))
                .list();
        List<Month> oldestFirst = new java.util.ArrayList<>(rows);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }
}
