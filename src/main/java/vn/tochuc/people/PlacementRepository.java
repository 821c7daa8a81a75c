package vn.tochuc.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code people_pending_placement}: the review list of people whose unit was dissolved without a successor. */
@Repository
class PlacementRepository {

    private final JdbcClient jdbc;

    PlacementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Assignment closed, long eventId, LocalDate since) {
        jdbc.sql("""
                insert into people_pending_placement (person_id, unit_id, unit_name, position_title, event_id, since)
                values (:person, :unit, :unitName, :title, :event, :since)
                """)
                .param("person", closed.personId())
                .param("unit", closed.unitId())
                .param("unitName", closed.unitName())
                .param("title", closed.positionTitle())
                .param("event", eventId)
                .param("since", since)
                .update();
    }

    /** Unresolved rows at the units ({@code null}: everywhere), oldest first, then in official name order. */
    List<PendingPlacement> open(@Nullable Collection<Long> units) {
        return jdbc.sql("""
                select pp.id, pp.person_id, p.full_name, pp.unit_id, pp.unit_name, pp.position_title, pp.since
                from people_pending_placement pp join people_person p on p.id = pp.person_id
                where pp.resolved_on is null and (:all or pp.unit_id in (:units))
                order by pp.since, p.sort_key, p.id
                """)
                .param("all", units == null)
                .param("units", units == null || units.isEmpty() ? List.of(-1L) : units)
                .query((rs, n) -> new PendingPlacement(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getObject(7, LocalDate.class)))
                .list();
    }

    /** How many are on the review list among {@code units} (null = all). */
    long countOpen(@Nullable Collection<Long> units) {
        if (units != null && units.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                select count(*) from people_pending_placement pp
                where pp.resolved_on is null and (:all or pp.unit_id in (:units))
                """)
                .param("all", units == null)
                .param("units", units == null ? List.of(-1L) : units)
                .query(Long.class)
                .single();
    }

    boolean pending(long personId) {
        return jdbc.sql("""
                select count(*) from people_pending_placement where person_id = :p and resolved_on is null
                """).param("p", personId).query(Long.class).single() > 0;
    }

    void resolve(long personId, LocalDate on) {
        jdbc.sql("update people_pending_placement set resolved_on = :on where person_id = :p and resolved_on is null")
                .param("on", on)
                .param("p", personId)
                .update();
    }
}
