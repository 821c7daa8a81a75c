package vn.tochuc.appraisal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tochuc.evaluation.Grade;

/** Reads of decided grades of yearly cycles (appr_member.decided_grade of INDIVIDUAL members). */
@Repository
class DecidedGradeRepository {

    private final JdbcClient jdbc;

    DecidedGradeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Decided grades of the given years for members in the given units (every unit when {@code allUnits}). */
    List<YearGrade> byUnits(Collection<String> years, Collection<Long> units, boolean allUnits) {
        return jdbc.sql("""
                select m.id, m.cycle_id, m.unit_id, m.person_id, m.username, m.display_name, c.period_code,
                    m.decided_grade, m.decided_by, m.decided_at
                from appr_member m join appr_cycle c on c.id = m.cycle_id
                where c.period_kind = 'YEAR' and c.period_code in (:years) and m.kind = 'INDIVIDUAL'
                    and m.decided_grade is not null and (:all = true or m.unit_id in (:units))
                order by m.display_name, c.period_code, m.id
                """)
                .param("years", years)
                .param("all", allUnits)
                .param("units", units.isEmpty() ? List.of(-1L) : units)
                .query((rs, n) -> new YearGrade(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getObject(4, Long.class),
                        rs.getString(5),
                        rs.getString(6),
                        Integer.parseInt(rs.getString(7)),
                        Grade.valueOf(rs.getString(8)),
                        rs.getString(9),
                        rs.getObject(10, OffsetDateTime.class)))
                .list();
    }

    /** One grade per person and year (the latest decision of the year), oldest year first, in one query. */
    List<DecidedGrade> byPeople(Collection<Long> personIds, int fromYear, int toYear) {
        List<String> years = new ArrayList<>();
        for (int y = fromYear; y <= toYear; y++) {
            years.add(Integer.toString(y));
        }
        Map<String, DecidedGrade> latest = new LinkedHashMap<>();
        jdbc.sql("""
                        select m.person_id, c.period_code, m.decided_grade, m.unit_id, m.cycle_id, m.decided_at
                        from appr_member m join appr_cycle c on c.id = m.cycle_id
                        where m.person_id in (:people) and c.period_kind = 'YEAR' and c.period_code in (:years)
                            and m.kind = 'INDIVIDUAL' and m.decided_grade is not null
                        order by m.person_id, c.period_code, m.decided_at, m.id
                        """)
                .param("people", personIds)
                .param("years", years)
                .query((rs, n) -> new DecidedGrade(
                        rs.getLong(1),
                        Integer.parseInt(rs.getString(2)),
                        Grade.valueOf(rs.getString(3)),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getObject(6, OffsetDateTime.class)))
                .list()
                .forEach(g -> latest.put(g.personId() + "/" + g.year(), g));
        return List.copyOf(latest.values());
    }
}
