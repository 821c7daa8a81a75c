package vn.tochuc.organization;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tochuc.shared.VietnameseCollator;
import vn.tochuc.shared.VietnameseText;

/** Loads a tree's versions into a {@link TreeState} and writes an applied batch back, in bulk. */
@Repository
class HistoryRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    HistoryRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    Map<String, OrgKind> kinds() {
        Map<String, OrgKind> out = new HashMap<>();
        jdbc.sql("select code, tree, level_no, name, name_en from org_kind order by sort_no")
                .query((rs, n) -> new OrgKind(
                        rs.getString("code"),
                        rs.getString("tree"),
                        rs.getInt("level_no"),
                        rs.getString("name"),
                        rs.getString("name_en")))
                .list()
                .forEach(k -> out.put(k.code(), k));
        return out;
    }

    List<Ver> load(String tree) {
        return jdbc.sql("""
                select v.id, v.unit_id, v.valid_from, v.valid_to, v.code, v.name, v.kind, v.level_no, v.parent_id,
                       v.locality_id
                from org_unit_version v join org_unit u on u.id = v.unit_id
                where u.tree = :tree
                """).param("tree", tree).query(HistoryRepository::ver).list();
    }

    private static Ver ver(ResultSet rs, int n) throws SQLException {
        Ver v = new Ver(
                rs.getLong("unit_id"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("kind"),
                rs.getInt("level_no"),
                nullableLong(rs, "parent_id"),
                nullableLong(rs, "locality_id"));
        v.dbId = rs.getLong("id");
        return v;
    }

    static @Nullable Long nullableLong(ResultSet rs, String col) throws SQLException {
        long x = rs.getLong(col);
        return rs.wasNull() ? null : x;
    }

    /** Reserves {@code n} consecutive ids of a kind ("unit", "event"); returns the first. */
    long allocate(String name, int n) {
        jdbc.sql("update org_id_alloc set next_id = next_id + :n where name = :name")
                .param("n", n)
                .param("name", name)
                .update();
        return jdbc.sql("select next_id from org_id_alloc where name = :name")
                        .param("name", name)
                        .query(Long.class)
                        .single()
                - n;
    }

    void insertEvents(List<SqlParameterSource> rows) {
        batch("""
                insert into org_event (id, tree, event_type, effective_on, resolution_no, resolution_date, description,
                                       status, source_key, created_by)
                values (:id, :tree, :type, :on, :resNo, :resDate, :description, 'APPLIED', :key, :actor)
                """, rows);
    }

    static MapSqlParameterSource eventRow(long id, EventCommand c, String actor) {
        return new MapSqlParameterSource()
                .addValue("id", id)
                .addValue("tree", c.tree())
                .addValue("type", c.type().name())
                .addValue("on", c.effectiveOn())
                .addValue("resNo", c.resolutionNo().strip())
                .addValue("resDate", c.resolutionDate())
                .addValue("description", c.description(), java.sql.Types.VARCHAR)
                .addValue("key", c.sourceKey(), java.sql.Types.VARCHAR)
                .addValue("actor", actor);
    }

    void insertUnits(List<SqlParameterSource> rows) {
        batch("""
                insert into org_unit (id, tree, code, name, name_folded, sort_key, kind, level_no, parent_id, locality_id,
                                      path, valid_from, valid_to)
                values (:id, :tree, :code, :name, :folded, :sortKey, :kind, :level, :parent, :locality, :path, :from, :to)
                """, rows);
    }

    static MapSqlParameterSource unitRow(long id, String tree, Ver v, @Nullable Long parent, String path) {
        return new MapSqlParameterSource()
                .addValue("id", id)
                .addValue("tree", tree)
                .addValue("code", v.code, java.sql.Types.VARCHAR)
                .addValue("name", v.name)
                .addValue("folded", VietnameseText.fold(v.name))
                .addValue("sortKey", VietnameseCollator.sortKey(v.name))
                .addValue("kind", v.kind)
                .addValue("level", v.level)
                .addValue("parent", parent, java.sql.Types.BIGINT)
                .addValue("locality", v.localityId, java.sql.Types.BIGINT)
                .addValue("path", path)
                .addValue("from", v.from)
                .addValue("to", v.to, java.sql.Types.DATE);
    }

    Map<Long, String> paths(List<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            jdbc.sql("select id, path from org_unit where id in (:ids)")
                    .param("ids", ids.subList(i, Math.min(ids.size(), i + 1000)))
                    .query((rs, n) -> out.put(rs.getLong(1), rs.getString(2)))
                    .list();
        }
        return out;
    }

    void insertVersions(List<SqlParameterSource> rows) {
        batch("""
                insert into org_unit_version (unit_id, valid_from, valid_to, code, name, name_folded, sort_key, kind,
                                              level_no, parent_id, locality_id, opened_by, closed_by)
                values (:unit, :from, :to, :code, :name, :folded, :sortKey, :kind, :level, :parent, :locality, :opened,
                        :closed)
                """, rows);
    }

    void closeVersions(List<SqlParameterSource> rows) {
        batch("update org_unit_version set valid_to = :to, closed_by = :closed where id = :id", rows);
    }

    void insertLinks(List<SqlParameterSource> rows) {
        batch("""
                insert into org_event_link (event_id, unit_id, role, share) values (:event, :unit, :role, :share)
                """, rows);
    }

    /**
     * Ends, in one statement, the units that events {@code first..last} closed and that have no open version:
     * their validity ends with their last version.
     */
    void endUnits(long first, long last) {
        jdbc.sql("""
                update org_unit set valid_to = (select max(v.valid_to) from org_unit_version v
                                                where v.unit_id = org_unit.id)
                where exists (select 1 from org_unit_version v where v.unit_id = org_unit.id
                              and v.closed_by between :first and :last)
                  and not exists (select 1 from org_unit_version w where w.unit_id = org_unit.id and w.valid_to is null)
                """).param("first", first).param("last", last).update();
    }

    void updateCurrent(List<SqlParameterSource> rows) {
        batch("""
                update org_unit set code = :code, name = :name, name_folded = :folded, sort_key = :sortKey, kind = :kind,
                       level_no = :level,
                       parent_id = :parent, locality_id = :locality, valid_from = :from, valid_to = :to
                where id = :unit
                """, rows);
    }

    private void batch(String sql, List<SqlParameterSource> rows) {
        for (int i = 0; i < rows.size(); i += 2000) {
            named.batchUpdate(
                    sql, rows.subList(i, Math.min(rows.size(), i + 2000)).toArray(new SqlParameterSource[0]));
        }
    }

    /** Units whose materialized path no longer follows their current parent, top-most first. */
    List<PathFix> stalePaths(String tree) {
        return jdbc.sql("""
                select u.id, u.path, concat(coalesce(p.path, '/'), cast(u.id as varchar(20)), '/') as wanted
                from org_unit u left join org_unit p on p.id = u.parent_id
                where u.tree = :tree and u.path <> concat(coalesce(p.path, '/'), cast(u.id as varchar(20)), '/')
                order by length(u.path)
                """)
                .param("tree", tree)
                .query((rs, n) -> new PathFix(rs.getLong("id"), rs.getString("path"), rs.getString("wanted")))
                .list();
    }

    record PathFix(long id, String oldPath, String newPath) {}

    /** Rewrites the path prefix of a unit and its whole subtree. */
    void movePaths(PathFix fix) {
        if (fix.oldPath().equals("/")) {
            jdbc.sql("update org_unit set path = :p where id = :id")
                    .param("p", fix.newPath())
                    .param("id", fix.id())
                    .update();
            return;
        }
        jdbc.sql("""
                update org_unit set path = concat(:newPath, substring(path, :cut))
                where path like concat(:oldPath, '%')
                """)
                .param("newPath", fix.newPath())
                .param("cut", fix.oldPath().length() + 1)
                .param("oldPath", fix.oldPath())
                .update();
    }

    static MapSqlParameterSource versionRow(
            Ver v, long unit, @Nullable Long parent, @Nullable Long opened, @Nullable Long closed) {
        return new MapSqlParameterSource()
                .addValue("unit", unit)
                .addValue("from", Date.valueOf(v.from))
                .addValue("to", v.to == null ? null : Date.valueOf(v.to), java.sql.Types.DATE)
                .addValue("code", v.code, java.sql.Types.VARCHAR)
                .addValue("name", v.name)
                .addValue("folded", VietnameseText.fold(v.name))
                .addValue("sortKey", VietnameseCollator.sortKey(v.name))
                .addValue("kind", v.kind)
                .addValue("level", v.level)
                .addValue("parent", parent, java.sql.Types.BIGINT)
                .addValue("locality", v.localityId, java.sql.Types.BIGINT)
                .addValue("opened", opened, java.sql.Types.BIGINT)
                .addValue("closed", closed, java.sql.Types.BIGINT);
    }

    static List<SqlParameterSource> list() {
        return new ArrayList<>();
    }
}
