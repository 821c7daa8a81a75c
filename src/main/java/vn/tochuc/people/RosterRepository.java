package vn.tochuc.people;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The people currently in a set of units with the job position of their open main assignment (its title when
 * the record has no job position), in one query.
 */
@Repository
class RosterRepository {

    private final JdbcClient jdbc;

    RosterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RosterEntry> roster(Collection<Long> units, int limit) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select p.id, p.staff_number, p.full_name, p.current_unit_id,
                    (select coalesce(a.job_position, a.position_title) from people_assignment a
                     where a.person_id = p.id and a.to_date is null and a.concurrent = false
                     order by a.from_date desc limit 1) as job_position,
                    (select a.position_title from people_assignment a
                     where a.person_id = p.id and a.to_date is null and a.concurrent = false
                     order by a.from_date desc limit 1) as position_title
                from people_person p where p.current_unit_id in (:units)
                order by p.current_unit_id, p.sort_key, p.id limit :limit
                """)
                .param("units", units)
                .param("limit", limit)
                .query((rs, n) -> new RosterEntry(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }
}
