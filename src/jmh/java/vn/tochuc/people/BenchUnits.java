package vn.tochuc.people;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Benchmark set-up only: writes org units directly (the organization module has no public create command). */
final class BenchUnits {

    private BenchUnits() {}

    static long insert(JdbcClient jdbc, String code, String name, @Nullable Long parent) {
        String parentPath = parent == null ? "/"
                : jdbc.sql("select path from org_unit where id = :p").param("p", parent).query(String.class).single();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into org_unit (tree, code, name, name_folded, kind, parent_id, path, valid_from)
                values ('ORGANIZATION', :code, :name, :folded, 'BENCH', :parent, '/', :from)
                """).param("code", code).param("name", name).param("folded", vn.tochuc.shared.VietnameseText.fold(name))
                .param("parent", parent).param("from", LocalDate.of(2025, 7, 1)).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        jdbc.sql("update org_unit set path = :p where id = :id").param("p", parentPath + id + "/").param("id", id)
                .update();
        return id;
    }
}
