package vn.tochuc.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** {@code people_import}: uploads and their outcomes. Problems are stored one per line: row, column, message. */
@Repository
class ImportRepository {

    record Upload(long id, String owner, String fileName, byte[] content) {}

    private final JdbcClient jdbc;

    ImportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long store(String owner, String fileName, byte[] content) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into people_import (owner, file_name, content, status) values (:o, :f, :c, 'PENDING')")
                .param("o", owner)
                .param("f", fileName)
                .param("c", content)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Upload> find(long id) {
        return jdbc.sql("select id, owner, file_name, content from people_import where id = :id")
                .param("id", id)
                .query((rs, n) -> new Upload(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4)))
                .optional();
    }

    void finish(ImportOutcome o, @Nullable byte[] errorFile) {
        StringBuilder b = new StringBuilder();
        for (ImportProblem p : o.problems()) {
            b.append(p.row())
                    .append('\t')
                    .append(p.column() == null ? "" : p.column())
                    .append('\t')
                    .append(p.message().replace('\n', ' '))
                    .append('\n');
        }
        jdbc.sql("""
                update people_import set status = :s, row_count = :r, created = :c, updated = :u, problems = :p,
                    error_file = :e where id = :id
                """)
                .param("s", o.accepted() ? "DONE" : "REFUSED")
                .param("r", o.rows())
                .param("c", o.created())
                .param("u", o.updated())
                .param("p", b.toString())
                .param("e", errorFile)
                .param("id", o.importId())
                .update();
    }

    Optional<ImportOutcome> outcome(long id) {
        return jdbc.sql(
                        "select id, row_count, created, updated, problems from people_import where id = :id and status <> 'PENDING'")
                .param("id", id)
                .query((rs, n) -> new ImportOutcome(
                        rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), problems(rs.getString(5))))
                .optional();
    }

    Optional<byte[]> errorFile(long id) {
        return jdbc.sql("select error_file from people_import where id = :id and error_file is not null")
                .param("id", id)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    String owner(long id) {
        return jdbc.sql("select owner from people_import where id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .orElse("");
    }

    private static List<ImportProblem> problems(@Nullable String text) {
        List<ImportProblem> list = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                String[] f = line.split("\t", 3);
                if (f.length == 3) {
                    list.add(new ImportProblem(Integer.parseInt(f[0]), f[1].isEmpty() ? null : f[1], f[2]));
                }
            }
        }
        return list;
    }
}
