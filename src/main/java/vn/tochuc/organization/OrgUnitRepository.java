package vn.tochuc.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tochuc.shared.VietnameseCollator;

/**
 * Unit lookups. Plain lookups read {@code org_unit} (the state as of today, with the current materialized
 * path); "as of" lookups read {@code org_unit_version}, the history.
 */
@Repository
class OrgUnitRepository {

    private final JdbcClient jdbc;

    OrgUnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A row of org_unit or org_unit_version and its name, for writing the sort key. */
    record Named(long id, String name) {}

    List<Named> unkeyedUnits() {
        return jdbc.sql("select id, name from org_unit where sort_key is null")
                .query((rs, n) -> new Named(rs.getLong(1), rs.getString(2)))
                .list();
    }

    List<Named> unkeyedVersions() {
        return jdbc.sql("select id, name from org_unit_version where sort_key is null")
                .query((rs, n) -> new Named(rs.getLong(1), rs.getString(2)))
                .list();
    }

    void keyUnits(List<Named> rows) {
        rows.forEach(r -> jdbc.sql("update org_unit set sort_key = :k where id = :id")
                .param("k", VietnameseCollator.sortKey(r.name()))
                .param("id", r.id())
                .update());
    }

    void keyVersions(List<Named> rows) {
        rows.forEach(r -> jdbc.sql("update org_unit_version set sort_key = :k where id = :id")
                .param("k", VietnameseCollator.sortKey(r.name()))
                .param("id", r.id())
                .update());
    }

    Optional<OrgDirectory.UnitRef> find(long id) {
        return jdbc.sql("select * from org_unit where id = :id")
                .param("id", id)
                .query(OrgUnitRepository::map)
                .optional();
    }

    /** The unit that bears the code today, else the one that bore it last. */
    Optional<OrgDirectory.UnitRef> findByCode(String tree, String code) {
        return jdbc.sql("""
                select u.* from org_unit u join org_unit_version v on v.unit_id = u.id
                where u.tree = :tree and v.code = :code
                order by case when v.valid_from <= :d and (v.valid_to is null or v.valid_to > :d) then 0 else 1 end,
                         v.valid_from desc
                limit 1
                """)
                .param("tree", tree)
                .param("code", code)
                .param("d", OrgClock.today())
                .query(OrgUnitRepository::map)
                .optional();
    }

    Optional<Long> idAsOf(String tree, String code, LocalDate d) {
        return jdbc.sql("""
                select v.unit_id from org_unit_version v join org_unit u on u.id = v.unit_id
                where u.tree = :tree and v.code = :code and v.valid_from <= :d and (v.valid_to is null or v.valid_to > :d)
                """)
                .param("tree", tree)
                .param("code", code)
                .param("d", d)
                .query(Long.class)
                .optional();
    }

    /** Children in force today. */
    List<OrgDirectory.UnitRef> children(long parentId) {
        return childrenAsOf(parentId, OrgClock.today()).stream()
                .map(UnitAsOf::ref)
                .toList();
    }

    List<OrgDirectory.UnitRef> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from org_unit where id in (:ids) order by sort_key, id")
                .param("ids", ids)
                .query(OrgUnitRepository::map)
                .list();
    }

    /** Root units in force today. */
    List<OrgDirectory.UnitRef> roots() {
        return rootsAsOf(null, OrgClock.today()).stream().map(UnitAsOf::ref).toList();
    }

    List<Long> subtreeIds(long rootId) {
        return jdbc.sql("""
                select u.id from org_unit u, org_unit r where r.id = :root and u.path like r.path || '%'
                order by u.path
                """).param("root", rootId).query(Long.class).list();
    }

    /** The union of the roots' subtrees, in one query. */
    List<Long> subtreeIdsOfAll(Collection<Long> rootIds) {
        if (rootIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select distinct u.id from org_unit u, org_unit r where r.id in (:roots) and u.path like r.path || '%'
                """).param("roots", rootIds).query(Long.class).list();
    }

    /**
     * Units in force on the date, per tree, in the subtrees of {@code rootIds} (null = everywhere): the figures of a
     * scope on the home page. A unit under two roots counts once.
     */
    java.util.Map<String, Long> countInForce(@org.jspecify.annotations.Nullable Collection<Long> rootIds, LocalDate d) {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        if (rootIds != null && rootIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select u.tree, count(*) from org_unit_version v join org_unit u on u.id = v.unit_id
                where v.valid_from <= :d and (v.valid_to is null or v.valid_to > :d)
                  and (:all = true or exists (
                      select 1 from org_unit r where r.id in (:roots) and u.path like r.path || '%'))
                group by u.tree
                """)
                .param("d", d)
                .param("all", rootIds == null)
                .param("roots", rootIds == null ? List.of(-1L) : rootIds)
                .query((rs, n) -> out.put(rs.getString(1), rs.getLong(2)))
                .list();
        return out;
    }

    /** True when the unit lies in the subtree of any of the roots. */
    boolean insideAny(long unitId, Collection<Long> rootIds) {
        if (rootIds.isEmpty()) {
            return false;
        }
        return jdbc.sql("""
                select count(*) from org_unit u, org_unit r
                where u.id = :unit and r.id in (:roots) and u.path like r.path || '%'
                """)
                        .param("unit", unitId)
                        .param("roots", rootIds)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<UnitAsOf> findAsOf(long id, LocalDate d) {
        return jdbc.sql("""
                select v.unit_id as id, u.tree, v.code, v.name, v.kind, v.parent_id, u.path, v.level_no, v.valid_from,
                       v.valid_to, v.locality_id
                from org_unit_version v join org_unit u on u.id = v.unit_id
                where v.unit_id = :id and v.valid_from <= :d and (v.valid_to is null or v.valid_to > :d)
                """)
                .param("id", id)
                .param("d", d)
                .query(OrgUnitRepository::mapAsOf)
                .optional();
    }

    List<UnitAsOf> childrenAsOf(long parentId, LocalDate d) {
        return jdbc.sql("""
                select v.unit_id as id, u.tree, v.code, v.name, v.kind, v.parent_id, u.path, v.level_no, v.valid_from,
                       v.valid_to, v.locality_id
                from org_unit_version v join org_unit u on u.id = v.unit_id
                where v.parent_id = :p and v.valid_from <= :d and (v.valid_to is null or v.valid_to > :d)
                order by v.level_no, v.sort_key, v.unit_id
                """)
                .param("p", parentId)
                .param("d", d)
                .query(OrgUnitRepository::mapAsOf)
                .list();
    }

    /** Roots of a tree (or of both trees when {@code tree} is null) in force on the date. */
    List<UnitAsOf> rootsAsOf(@org.jspecify.annotations.Nullable String tree, LocalDate d) {
        return jdbc.sql("""
                select v.unit_id as id, u.tree, v.code, v.name, v.kind, v.parent_id, u.path, v.level_no, v.valid_from,
                       v.valid_to, v.locality_id
                from org_unit_version v join org_unit u on u.id = v.unit_id
                where v.parent_id is null and (cast(:tree as varchar(12)) is null or u.tree = :tree)
                  and v.valid_from <= :d and (v.valid_to is null or v.valid_to > :d)
                order by u.tree, v.code, v.sort_key
                """)
                .param("tree", tree)
                .param("d", d)
                .query(OrgUnitRepository::mapAsOf)
                .list();
    }

    /** The unit and everything below it as the tree stood on the date (recursive over versions). */
    List<UnitAsOf> subtreeAsOf(long rootId, LocalDate d) {
        return jdbc.sql("""
                with recursive t (unit_id) as (
                    select v.unit_id from org_unit_version v where v.unit_id = :root
                      and v.valid_from <= :d and (v.valid_to is null or v.valid_to > :d)
                    union all
                    select v.unit_id from org_unit_version v join t on v.parent_id = t.unit_id
                    where v.valid_from <= :d and (v.valid_to is null or v.valid_to > :d)
                )
                select v.unit_id as id, u.tree, v.code, v.name, v.kind, v.parent_id, u.path, v.level_no,
                       v.valid_from, v.valid_to, v.locality_id
                from t join org_unit_version v on v.unit_id = t.unit_id join org_unit u on u.id = v.unit_id
                where v.valid_from <= :d and (v.valid_to is null or v.valid_to > :d)
                order by v.level_no, v.sort_key, v.unit_id
                """)
                .param("root", rootId)
                .param("d", d)
                .query(OrgUnitRepository::mapAsOf)
                .list();
    }

    List<UnitAsOf> levelAsOf(String tree, int level, LocalDate d) {
        return jdbc.sql("""
                select v.unit_id as id, u.tree, v.code, v.name, v.kind, v.parent_id, u.path, v.level_no, v.valid_from,
                       v.valid_to, v.locality_id
                from org_unit_version v join org_unit u on u.id = v.unit_id
                where u.tree = :tree and v.level_no = :level and v.valid_from <= :d and (v.valid_to is null or v.valid_to > :d)
                order by v.code, v.sort_key
                """)
                .param("tree", tree)
                .param("level", level)
                .param("d", d)
                .query(OrgUnitRepository::mapAsOf)
                .list();
    }

    /** Units of a tree in force on the date whose folded name contains the folded query. */
    List<UnitAsOf> searchAsOf(String tree, String folded, LocalDate d, int limit) {
        return jdbc.sql("""
                select v.unit_id as id, u.tree, v.code, v.name, v.kind, v.parent_id, u.path, v.level_no, v.valid_from,
                       v.valid_to, v.locality_id
                from org_unit_version v join org_unit u on u.id = v.unit_id
                where u.tree = :tree and v.name_folded like :q and v.valid_from <= :d and (v.valid_to is null or v.valid_to > :d)
                order by v.level_no, v.sort_key, v.unit_id limit :n
                """)
                .param("tree", tree)
                .param("q", "%" + folded + "%")
                .param("d", d)
                .param("n", limit)
                .query(OrgUnitRepository::mapAsOf)
                .list();
    }

    /** A unit offered by the unit picker: its id, full name and the name of its parent on the date. */
    record Pickable(
            long id,
            String name,
            @org.jspecify.annotations.Nullable String parentName) {}

    /**
     * Units of a tree in force on the date whose folded name contains the folded query, among {@code ids} (every
     * unit when {@code all}), in Vietnamese order (the syllable collator's key), each with its parent then.
     */
    List<Pickable> pickAsOf(String tree, String folded, LocalDate d, boolean all, Collection<Long> ids, int limit) {
        return jdbc.sql("""
                select v.unit_id, v.name, p.name as parent_name
                from org_unit_version v join org_unit u on u.id = v.unit_id
                left join org_unit_version p on p.unit_id = v.parent_id
                     and p.valid_from <= :d and (p.valid_to is null or p.valid_to > :d)
                where u.tree = :tree and v.name_folded like :q and v.valid_from <= :d
                  and (v.valid_to is null or v.valid_to > :d) and (:all or v.unit_id in (:ids))
                order by v.sort_key, v.unit_id limit :n
                """)
                .param("tree", tree)
                .param("q", "%" + folded + "%")
                .param("d", d)
                .param("all", all)
                .param("ids", ids.isEmpty() ? List.of(-1L) : ids)
                .param("n", limit)
                .query((rs, n) -> new Pickable(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    List<UnitAsOf> versions(long id) {
        return jdbc.sql("""
                select v.unit_id as id, u.tree, v.code, v.name, v.kind, v.parent_id, u.path, v.level_no, v.valid_from,
                       v.valid_to, v.locality_id
                from org_unit_version v join org_unit u on u.id = v.unit_id
                where v.unit_id = :id
                order by v.valid_from
                """).param("id", id).query(OrgUnitRepository::mapAsOf).list();
    }

    private static OrgDirectory.UnitRef map(ResultSet rs, int n) throws SQLException {
        return new OrgDirectory.UnitRef(
                rs.getLong("id"),
                rs.getString("tree"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("kind"),
                HistoryRepository.nullableLong(rs, "parent_id"),
                rs.getString("path"));
    }

    private static UnitAsOf mapAsOf(ResultSet rs, int n) throws SQLException {
        return new UnitAsOf(
                map(rs, n),
                rs.getInt("level_no"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class),
                HistoryRepository.nullableLong(rs, "locality_id"));
    }
}
