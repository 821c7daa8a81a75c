package vn.tochuc.people;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Benchmark set-up only: writes org units directly (the organization module has no public create command). */
final class BenchUnits {

    private BenchUnits() {}

    static long insert(JdbcClient jdbc, String code, String name, @Nullable Long parent) {
        String parentPath = parent == null
                ? "/"
                : jdbc.sql("select path from org_unit where id = :p")
                        .param("p", parent)
                        .query(String.class)
                        .single();
        // Unit ids come from the organization module's id blocks (org_id_alloc), as its own inserts do.
        long id = jdbc.sql("select next_id from org_id_alloc where name = 'unit' for update")
                .query(Long.class)
                .single();
        jdbc.sql("update org_id_alloc set next_id = next_id + 1 where name = 'unit'")
                .update();
        jdbc.sql("""
                insert into org_unit (id, tree, code, name, name_folded, kind, parent_id, path, valid_from)
                values (:id, 'ORGANIZATION', :code, :name, :folded, 'BENCH', :parent, '/', :from)
                """)
                .param("code", code)
                .param("name", name)
                .param("folded", vn.tochuc.shared.VietnameseText.fold(name))
                .param("parent", parent)
                .param("from", LocalDate.of(2025, 7, 1))
                .param("id", id)
                .update();
        jdbc.sql("""
                insert into org_unit_version (unit_id, valid_from, code, name, name_folded, kind, level_no, parent_id)
                select id, valid_from, code, name, name_folded, kind, 0, parent_id from org_unit where id = :id
                """).param("id", id).update();
        jdbc.sql("update org_unit set path = :p where id = :id")
                .param("p", parentPath + id + "/")
                .param("id", id)
                .update();
        return id;
    }
}
