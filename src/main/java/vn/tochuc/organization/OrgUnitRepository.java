package vn.tochuc.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class OrgUnitRepository {

    private final JdbcClient jdbc;

    OrgUnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OrgDirectory.UnitRef> find(long id) {
        return jdbc.sql("select * from org_unit where id = :id").param("id", id).query(OrgUnitRepository::map)
                .optional();
    }

    Optional<OrgDirectory.UnitRef> findByCode(String tree, String code) {
        return jdbc.sql("select * from org_unit where tree = :tree and code = :code and valid_to is null")
                .param("tree", tree).param("code", code).query(OrgUnitRepository::map).optional();
    }

    List<OrgDirectory.UnitRef> children(long parentId) {
        return jdbc.sql("select * from org_unit where parent_id = :p").param("p", parentId)
                .query(OrgUnitRepository::map).list();
    }

    List<OrgDirectory.UnitRef> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from org_unit where id in (:ids)").param("ids", ids)
                .query(OrgUnitRepository::map).list();
    }

    List<OrgDirectory.UnitRef> roots() {
        return jdbc.sql("select * from org_unit where parent_id is null").query(OrgUnitRepository::map).list();
    }

    List<Long> subtreeIds(long rootId) {
        return jdbc.sql("""
                select u.id from org_unit u, org_unit r where r.id = :root and u.path like r.path || '%'
                """).param("root", rootId).query(Long.class).list();
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
                .param("unit", unitId).param("roots", rootIds).query(Long.class).single() > 0;
    }

    long insert(String tree, @Nullable String code, String name, String folded, String kind,
            @Nullable Long parentId, LocalDate validFrom) {
        String parentPath = parentId == null ? "/"
                : jdbc.sql("select path from org_unit where id = :p").param("p", parentId).query(String.class).single();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into org_unit (tree, code, name, name_folded, kind, parent_id, path, valid_from)
                values (:tree, :code, :name, :folded, :kind, :parent, '/', :from)
                """)
                .param("tree", tree).param("code", code).param("name", name).param("folded", folded)
                .param("kind", kind).param("parent", parentId).param("from", validFrom)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        jdbc.sql("update org_unit set path = :path where id = :id").param("path", parentPath + id + "/")
                .param("id", id).update();
        return id;
    }

    private static OrgDirectory.UnitRef map(ResultSet rs, int n) throws SQLException {
        long parent = rs.getLong("parent_id");
        return new OrgDirectory.UnitRef(rs.getLong("id"), rs.getString("tree"), rs.getString("code"),
                rs.getString("name"), rs.getString("kind"), rs.wasNull() ? null : parent, rs.getString("path"));
    }
}
