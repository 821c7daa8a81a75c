package vn.tochuc.evaluation;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes a unit's results to {@code eval_result} with PostgreSQL's {@code COPY … FROM STDIN} (text format),
 * on the connection of the caller's transaction, so the rows commit or roll back with the unit and its
 * checkpoint. Part of {@link EvalStoreRepository}; PostgreSQL only.
 */
@Repository
class ResultCopyRepository {

    private static final String COPY = """
            copy eval_result (pack_id, period, subject_id, subject_kind, target_group, unit_id, score, grade,
                explanation, job_id, quota_note) from stdin""";

    private final JdbcTemplate jdbc;

    ResultCopyRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long copyIn(List<EvalStoreRepository.ResultRow> rows) {
        StringBuilder b = new StringBuilder(rows.size() * 256);
        for (EvalStoreRepository.ResultRow r : rows) {
            b.append(r.pack()).append('\t');
            text(b, r.period()).append('\t');
            text(b, r.subjectId()).append('\t');
            text(b, r.kind()).append('\t');
            text(b, r.group()).append('\t');
            b.append(r.unit()).append('\t').append(r.score().toPlainString()).append('\t');
            text(b, r.grade()).append('\t');
            text(b, r.explanation()).append('\t');
            (r.job() == null ? b.append("\\N") : b.append(r.job().longValue())).append('\t');
            text(b, r.quota()).append('\n');
        }
        Long n = jdbc.execute((ConnectionCallback<Long>) c -> {
            try {
                return c.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(b.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return n == null ? 0 : n;
    }

    /** A value in COPY's text format: backslash, tab, newline and carriage return escaped; null as \N. */
    static StringBuilder text(StringBuilder b, @Nullable String s) {
        if (s == null) {
            return b.append("\\N");
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(ch);
            }
        }
        return b;
    }
}
