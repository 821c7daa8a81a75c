package vn.tochuc.appraisal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Cycles and their members (with the three grades). */
@Repository
class CycleRepository {

    private final JdbcClient jdbc;

    CycleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertCycle(Cycle c, String actor) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into appr_cycle (unit_id, target_group, period_kind, period_code, period_start, period_end,
                    deadline, pack_code, pack_version, status, opened_by)
                values (:unit, :group, :kind, :code, :start, :end, :deadline, :pack, :version, 'OPEN', :actor)
                """)
                .param("unit", c.unitId())
                .param("group", c.targetGroup())
                .param("kind", c.periodKind())
                .param("code", c.periodCode())
                .param("start", c.periodStart())
                .param("end", c.periodEnd())
                .param("deadline", c.deadline())
                .param("pack", c.packCode())
                .param("version", c.packVersion())
                .param("actor", actor)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean cycleExists(long unitId, String group, String kind, String code) {
        return jdbc.sql("""
                select count(*) from appr_cycle
                where unit_id = :unit and target_group = :group and period_kind = :kind and period_code = :code
                """)
                        .param("unit", unitId)
                        .param("group", group)
                        .param("kind", kind)
                        .param("code", code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<Cycle> cycle(long id) {
        return jdbc.sql("select * from appr_cycle where id = :id")
                .param("id", id)
                .query(CycleRepository::cycle)
                .optional();
    }

    /** The given cycles, by id (one query). */
    Map<Long, Cycle> cyclesIn(Collection<Long> ids) {
        Map<Long, Cycle> out = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select * from appr_cycle where id in (:ids)")
                    .param("ids", ids)
                    .query(CycleRepository::cycle)
                    .list()
                    .forEach(c -> out.put(c.id(), c));
        }
        return out;
    }

    /** Cycles of the given units (null = all), newest period first. */
    List<Cycle> cycles(@Nullable Collection<Long> units, int limit) {
        if (units != null && units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from appr_cycle where (:all = true or unit_id in (:units))
                order by period_start desc, id desc limit :limit
                """)
                .param("all", units == null)
                .param("units", units == null ? List.of(-1L) : units)
                .param("limit", limit)
                .query(CycleRepository::cycle)
                .list();
    }

    long insertMember(
            long cycleId,
            String kind,
            long unitId,
            @Nullable Long headOf,
            @Nullable Long personId,
            String username,
            String name,
            @Nullable String jobPosition) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into appr_member (cycle_id, kind, unit_id, head_of_unit_id, person_id, username, display_name,
                    job_position)
                values (:cycle, :kind, :unit, :head, :person, :username, :name, :job)
                """)
                .param("cycle", cycleId)
                .param("kind", kind)
                .param("unit", unitId)
                .param("head", headOf)
                .param("person", personId)
                .param("username", username)
                .param("name", name)
                .param("job", jobPosition)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Member> member(long id) {
        return jdbc.sql("select * from appr_member where id = :id")
                .param("id", id)
                .query(CycleRepository::member)
                .optional();
    }

    /** Members of a cycle, collectives first (the grading order, EVAL-32). */
    List<Member> members(long cycleId) {
        return jdbc.sql("""
                select * from appr_member where cycle_id = :cycle
                order by case when kind = 'COLLECTIVE' then 0 else 1 end, unit_id,
                    case when head_of_unit_id is null then 0 else 1 end, id
                """)
                .param("cycle", cycleId)
                .query(CycleRepository::member)
                .list();
    }

    /** The given members (a page of candidates), in id order. */
    List<Member> membersIn(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from appr_member where id in (:ids) order by id")
                .param("ids", ids)
                .query(CycleRepository::member)
                .list();
    }

    /** The collectives of a cycle (few), for the grading-order check (EVAL-32). */
    List<Member> collectives(long cycleId) {
        return jdbc.sql(
                        "select * from appr_member where cycle_id = :cycle and kind = 'COLLECTIVE' order by unit_id, id")
                .param("cycle", cycleId)
                .query(CycleRepository::member)
                .list();
    }

    /** A page of a cycle's members in grading order (EVAL-32). */
    List<Member> membersPage(long cycleId, int offset, int limit) {
        // The page's ids from the grading-order index alone, then their rows: deep pages skip ids, not rows.
        return jdbc.sql("""
                select m.* from appr_member m join (
                    select id from appr_member where cycle_id = :cycle
                    order by kind, unit_id, head_of_unit_id nulls first, id
                    limit :limit offset :offset) p on p.id = m.id
                order by m.kind, m.unit_id, m.head_of_unit_id nulls first, m.id
                """)
                .param("cycle", cycleId)
                .param("offset", offset)
                .param("limit", limit)
                .query(CycleRepository::member)
                .list();
    }

    long memberCount(long cycleId) {
        return jdbc.sql("select count(*) from appr_member where cycle_id = :cycle")
                .param("cycle", cycleId)
                .query(Long.class)
                .single();
    }

    List<Member> ofUser(String username) {
        return jdbc.sql("select * from appr_member where username = :u order by id desc limit 200")
                .param("u", username)
                .query(CycleRepository::member)
                .list();
    }

    void saveSelf(long id, double score, String grade, String comment, String actor, boolean submit) {
        jdbc.sql("""
                update appr_member set self_score = :score, self_grade = :grade, self_comment = :comment,
                    self_by = :actor, self_at = current_timestamp, self_submitted = :submit
                where id = :id and self_submitted = false
                """)
                .param("score", score)
                .param("grade", grade)
                .param("comment", comment)
                .param("actor", actor)
                .param("submit", submit)
                .param("id", id)
                .update();
    }

    void saveAppraisal(long id, String grade, String comment, String actor) {
        jdbc.sql("""
                update appr_member set appr_grade = :grade, appr_comment = :comment, appr_by = :actor,
                    appr_at = current_timestamp where id = :id and decided_grade is null
                """)
                .param("grade", grade)
                .param("comment", comment)
                .param("actor", actor)
                .param("id", id)
                .update();
    }

    void saveDecision(long id, String grade, String comment, String actor) {
        jdbc.sql("""
                update appr_member set decided_grade = :grade, decided_comment = :comment, decided_by = :actor,
                    decided_at = current_timestamp where id = :id
                """)
                .param("grade", grade)
                .param("comment", comment)
                .param("actor", actor)
                .param("id", id)
                .update();
    }

    static Cycle cycle(ResultSet rs, int n) throws SQLException {
        return new Cycle(
                rs.getLong("id"),
                rs.getLong("unit_id"),
                rs.getString("target_group"),
                rs.getString("period_kind"),
                rs.getString("period_code"),
                rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class),
                rs.getObject("deadline", LocalDate.class),
                rs.getString("pack_code"),
                rs.getInt("pack_version"),
                rs.getString("status"));
    }

    static Member member(ResultSet rs, int n) throws SQLException {
        return new Member(
                rs.getLong("id"),
                rs.getLong("cycle_id"),
                rs.getString("kind"),
                rs.getLong("unit_id"),
                rs.getObject("head_of_unit_id", Long.class),
                rs.getObject("person_id", Long.class),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("job_position"),
                rs.getObject("self_score") == null ? null : rs.getDouble("self_score"),
                rs.getString("self_grade"),
                rs.getString("self_comment"),
                rs.getString("self_by"),
                rs.getObject("self_at", OffsetDateTime.class),
                rs.getBoolean("self_submitted"),
                rs.getString("appr_grade"),
                rs.getString("appr_comment"),
                rs.getString("appr_by"),
                rs.getObject("appr_at", OffsetDateTime.class),
                rs.getString("decided_grade"),
                rs.getString("decided_comment"),
                rs.getString("decided_by"),
                rs.getObject("decided_at", OffsetDateTime.class));
    }
}
