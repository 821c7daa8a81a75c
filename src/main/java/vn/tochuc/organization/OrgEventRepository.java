package vn.tochuc.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Restructuring events, their links, the per-tree lock and withdrawal. */
@Repository
class OrgEventRepository {

    private final JdbcClient jdbc;

    OrgEventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serializes batches of one tree: a row lock held until the transaction ends. */
    void lockTree(String tree) {
        jdbc.sql("update org_level set name = name where tree = :tree and level_no = 1")
                .param("tree", tree)
                .update();
    }

    boolean sourceKeyExists(String key) {
        return jdbc.sql("select count(*) from org_event where source_key = :k")
                        .param("k", key)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<OrgEvent> find(long id) {
        return load(List.of(id)).stream().findFirst();
    }

    /** Events a unit takes part in, oldest first. */
    List<OrgEvent> forUnit(long unitId) {
        List<Long> ids = jdbc.sql("""
                select e.id from org_event e join org_event_link l on l.event_id = e.id
                where l.unit_id = :u order by e.effective_on, e.id
                """).param("u", unitId).query(Long.class).list();
        return load(ids);
    }

    List<OrgEvent> recent(String tree, int limit) {
        List<Long> ids = jdbc.sql(
                        "select id from org_event where tree = :t order by effective_on desc, id desc limit :n")
                .param("t", tree)
                .param("n", limit)
                .query(Long.class)
                .list();
        return load(ids);
    }

    private List<OrgEvent> load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<OrgEvent.Party>> parties = new LinkedHashMap<>();
        jdbc.sql("""
                select l.event_id, l.unit_id, l.role, l.share, u.name, u.code
                from org_event_link l join org_unit u on u.id = l.unit_id
                where l.event_id in (:ids) order by l.role, u.sort_key, u.id
                """)
                .param("ids", ids)
                .query((rs, n) -> parties.computeIfAbsent(rs.getLong("event_id"), k -> new ArrayList<>())
                        .add(new OrgEvent.Party(
                                rs.getLong("unit_id"),
                                rs.getString("name"),
                                rs.getString("code"),
                                rs.getString("role"),
                                rs.getString("share"))))
                .list();
        Map<Long, OrgEvent> byId = new LinkedHashMap<>();
        jdbc.sql("select * from org_event where id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> new OrgEvent(
                        rs.getLong("id"),
                        rs.getString("tree"),
                        rs.getString("event_type"),
                        rs.getObject("effective_on", LocalDate.class),
                        rs.getString("resolution_no"),
                        rs.getObject("resolution_date", LocalDate.class),
                        rs.getString("description"),
                        rs.getString("status"),
                        rs.getString("created_by"),
                        parties.getOrDefault(rs.getLong("id"), List.of())))
                .list()
                .forEach(e -> byId.put(e.id(), e));
        return ids.stream().map(byId::get).filter(e -> e != null).toList();
    }

    /** Versions after those the event opened or closed: a withdrawal would leave a gap in their history. */
    long laterChanges(long eventId) {
        return jdbc.sql("""
                select count(*) from org_unit_version v join org_unit_version w on w.unit_id = v.unit_id
                where (v.opened_by = :e or v.closed_by = :e) and w.valid_from > v.valid_from
                  and (w.opened_by is null or w.opened_by <> :e)
                """).param("e", eventId).query(Long.class).single();
    }

    /** Undoes an event's versions and removes the units it created; returns the units it touched. */
    List<Long> undo(long eventId, String actor) {
        List<Long> units = jdbc.sql("select distinct unit_id from org_event_link where event_id = :e")
                .param("e", eventId)
                .query(Long.class)
                .list();
        jdbc.sql("delete from org_unit_version where opened_by = :e")
                .param("e", eventId)
                .update();
        jdbc.sql("update org_unit_version set valid_to = null, closed_by = null where closed_by = :e")
                .param("e", eventId)
                .update();
        List<Long> orphaned = jdbc.sql("""
                select u.id from org_unit u where not exists (select 1 from org_unit_version v where v.unit_id = u.id)
                """).query(Long.class).list();
        if (!orphaned.isEmpty()) {
            jdbc.sql("delete from org_event_link where unit_id in (:ids)")
                    .param("ids", orphaned)
                    .update();
            jdbc.sql("delete from org_unit where id in (:ids)")
                    .param("ids", orphaned)
                    .update();
        }
        jdbc.sql("""
                update org_event set status = 'WITHDRAWN', withdrawn_by = :a, withdrawn_at = current_timestamp,
                       source_key = null
                where id = :e
                """).param("a", actor).param("e", eventId).update();
        return units.stream().filter(u -> !orphaned.contains(u)).toList();
    }
}
