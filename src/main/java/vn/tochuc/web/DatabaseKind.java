package vn.tochuc.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Which database the application runs on, asked once: the same Flyway migrations and SQL serve H2 and
 * PostgreSQL, and a few repositories add a PostgreSQL-only setting or path (custom plans, COPY, asynchronous
 * commit of a batch unit).
 */
@Component
public class DatabaseKind {

    private final DataSource dataSource;
    private volatile @Nullable Boolean postgres;

    DatabaseKind(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean postgres() {
        Boolean pg = postgres;
        if (pg == null) {
            try (Connection c = dataSource.getConnection()) {
                pg = c.getMetaData()
                        .getDatabaseProductName()
                        .toLowerCase(Locale.ROOT)
                        .contains("postgres");
            } catch (SQLException e) {
                throw new IllegalStateException("database metadata", e);
            }
            postgres = pg;
        }
        return pg;
    }
}
