package vn.tochuc.organization;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read-only queries for the reductions report: what was in force on a date. */
@Repository
class ReportRepository {

    /** A unit in force on the date: level, kind and the id of its root (province) from the path. */
    record InForce(int level, String kind, String path) {

        long rootId() {
            int end = path.indexOf('/', 1);
            return Long.parseLong(path.substring(1, end));
        }
    }

    record Label(String key, String name, int level) {}

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<InForce> inForce(String tree, LocalDate d) {
        return jdbc.sql("""
                select v.level_no, v.kind, u.path from org_unit_version v join org_unit u on u.id = v.unit_id
                where u.tree = :tree and v.valid_from <= :d and (v.valid_to is null or v.valid_to > :d)
                """)
                .param("tree", tree)
                .param("d", d)
                .query((rs, n) -> new InForce(rs.getInt(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    List<Label> levels(String tree) {
        return jdbc.sql("select level_no, name from org_level where tree = :tree order by level_no")
                .param("tree", tree)
                .query((rs, n) -> new Label(rs.getString(1), rs.getString(2), rs.getInt(1)))
                .list();
    }

    List<Label> kinds(String tree) {
        return jdbc.sql("select code, name, level_no from org_kind where tree = :tree order by sort_no")
                .param("tree", tree)
                .query((rs, n) -> new Label(rs.getString(1), rs.getString(2), rs.getInt(3)))
                .list();
    }

    /** Root units (provinces) on a date: id, code and name. */
    List<Label> roots(String tree, LocalDate d) {
        return jdbc.sql("""
                select v.unit_id, v.code, v.name from org_unit_version v join org_unit u on u.id = v.unit_id
                where u.tree = :tree and v.parent_id is null and v.valid_from <= :d
                  and (v.valid_to is null or v.valid_to > :d)
                order by v.code, v.sort_key
                """)
                .param("tree", tree)
                .param("d", d)
                .query((rs, n) -> new Label(
                        rs.getString(1),
                        rs.getString(3) + (rs.getString(2) == null ? "" : " (" + rs.getString(2) + ")"),
                        1))
                .list();
    }

    /** Predecessor → successor links of merges of root units effective in (from, to]. */
    List<long[]> rootMerges(String tree, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select p.unit_id, s.unit_id from org_event e
                join org_event_link p on p.event_id = e.id and p.role = 'PREDECESSOR'
                join org_event_link s on s.event_id = e.id and s.role = 'SUCCESSOR'
                join org_unit pu on pu.id = p.unit_id
                where e.tree = :tree and e.status = 'APPLIED' and e.effective_on > :from and e.effective_on <= :to
                  and pu.parent_id is null
                order by e.effective_on
                """)
                .param("tree", tree)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
    }
}
