package vn.tochuc.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the length of every text column of the application's schema, as the migrations created it. */
@Repository
class ColumnLimitRepository {

    private final JdbcClient jdbc;

    ColumnLimitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Integer> textColumns() {
        Map<String, Integer> limits = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT lower(table_name) AS t, lower(column_name) AS c, character_maximum_length AS n
                FROM information_schema.columns
                WHERE lower(table_schema) = lower(current_schema) AND character_maximum_length IS NOT NULL
                """)
                .query((rs, i) -> limits.put(rs.getString("t") + "." + rs.getString("c"), (int)
                        Math.min(Integer.MAX_VALUE, rs.getLong("n"))))
                .list();
        return limits;
    }
}
