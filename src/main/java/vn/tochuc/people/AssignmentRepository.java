package vn.tochuc.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code people_assignment} (quá trình công tác) and the applied-event ledger of the restructuring listener. */
@Repository
class AssignmentRepository {

    private static final String INSERT = """
            insert into people_assignment (person_id, unit_id, unit_name, position_title, job_position, concurrent,
                from_date, to_date, moved_by_event, needs_review)
            values (:person, :unit, :unitName, :title, :job, :concurrent, :from, :to, :event, :review)
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    AssignmentRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    void insert(Assignment a) {
        jdbc.sql(INSERT).paramSource(params(a)).update();
    }

    void insertBatch(List<Assignment> list) {
        named.batchUpdate(
                INSERT, list.stream().map(AssignmentRepository::params).toArray(MapSqlParameterSource[]::new));
    }

    List<Assignment> ofPerson(long personId) {
        return jdbc.sql("select * from people_assignment where person_id = :p order by from_date desc, id desc")
                .param("p", personId)
                .query(AssignmentRepository::map)
                .list();
    }

    Optional<Assignment> find(long personId, long id) {
        return jdbc.sql("select * from people_assignment where id = :id and person_id = :p")
                .param("id", id)
                .param("p", personId)
                .query(AssignmentRepository::map)
                .optional();
    }

    /** Rewrites a past post typed into the work history (the unit stays: it only records who owns the row). */
    void updatePast(Assignment a) {
        jdbc.sql("""
                update people_assignment set unit_name = :unitName, position_title = :title, job_position = :job,
                    from_date = :from, to_date = :to
                where id = :id and person_id = :person
                """).paramSource(params(a).addValue("id", a.id())).update();
    }

    void delete(long personId, long id) {
        jdbc.sql("delete from people_assignment where id = :id and person_id = :p")
                .param("id", id)
                .param("p", personId)
                .update();
    }

    /** Open assignments held at any of the units (the ones a restructuring must move). */
    List<Assignment> openAt(Collection<Long> unitIds) {
        return jdbc.sql("select * from people_assignment where unit_id in (:u) and to_date is null order by id")
                .param("u", unitIds)
                .query(AssignmentRepository::map)
                .list();
    }

    void close(long id, LocalDate to, @Nullable Long event) {
        jdbc.sql(
                        "update people_assignment set to_date = :to, moved_by_event = coalesce(:event, moved_by_event) where id = :id")
                .param("to", to)
                .param("event", event)
                .param("id", id)
                .update();
    }

    void deleteOfPerson(long personId) {
        jdbc.sql("delete from people_assignment where person_id = :p")
                .param("p", personId)
                .update();
    }

    /**
     * Records that the event's move out of {@code unitId} is applied; false when it was before. Keyed by event and
     * predecessor unit (one event announces each unit it dissolves), and {@code on conflict do nothing}, so two
     * deliveries at the same time do not fail on the key: the second waits for the first and then does nothing.
     */
    boolean markApplied(long eventId, long unitId) {
        return jdbc.sql("""
                insert into people_applied_move (event_id, unit_id) values (:e, :u) on conflict do nothing
                """).param("e", eventId).param("u", unitId).update() == 1;
    }

    private static MapSqlParameterSource params(Assignment a) {
        return new MapSqlParameterSource()
                .addValue("person", a.personId())
                .addValue("unit", a.unitId())
                .addValue("unitName", a.unitName())
                .addValue("title", a.positionTitle())
                .addValue("job", a.jobPosition())
                .addValue("concurrent", a.concurrent())
                .addValue("from", a.from())
                .addValue("to", a.to())
                .addValue("event", a.movedByEvent())
                .addValue("review", a.needsReview());
    }

    private static Assignment map(ResultSet rs, int n) throws SQLException {
        long event = rs.getLong("moved_by_event");
        Long movedBy = rs.wasNull() ? null : event;
        return new Assignment(
                rs.getLong("id"),
                rs.getLong("person_id"),
                rs.getLong("unit_id"),
                rs.getString("unit_name"),
                rs.getString("position_title"),
                rs.getString("job_position"),
                rs.getBoolean("concurrent"),
                PersonRows.date(rs, "from_date"),
                rs.getObject("to_date", LocalDate.class),
                movedBy,
                rs.getBoolean("needs_review"));
    }
}
