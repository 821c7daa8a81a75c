package vn.tochuc.people;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code people_entry} (list sections of Mẫu 2C) and {@code people_photo}. */
@Repository
class EntryRepository {

    private static final String INSERT = """
            insert into people_entry (person_id, kind, from_date, to_date, title, detail, body, code, amount,
                year_value, extra)
            values (:person, :kind, :from, :to, :title, :detail, :body, :code, :amount, :year, :extra)
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    EntryRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    void insertBatch(List<PersonEntry> entries) {
        named.batchUpdate(
                INSERT,
                entries.stream()
                        .map(e -> new MapSqlParameterSource()
                                .addValue("person", e.personId())
                                .addValue("kind", e.kind().name())
                                .addValue("from", e.from())
                                .addValue("to", e.to())
                                .addValue("title", e.title())
                                .addValue("detail", e.detail())
                                .addValue("body", e.body())
                                .addValue("code", e.code())
                                .addValue("amount", e.amount())
                                .addValue("year", e.year())
                                .addValue("extra", e.extra()))
                        .toArray(MapSqlParameterSource[]::new));
    }

    List<PersonEntry> ofPerson(long personId) {
        return jdbc.sql("select * from people_entry where person_id = :p order by kind, from_date, id")
                .param("p", personId)
                .query(EntryRepository::map)
                .list();
    }

    Optional<PersonEntry> find(long personId, long entryId) {
        return jdbc.sql("select * from people_entry where id = :id and person_id = :p")
                .param("id", entryId)
                .param("p", personId)
                .query(EntryRepository::map)
                .optional();
    }

    void update(PersonEntry e) {
        jdbc.sql("""
                update people_entry set from_date = :from, to_date = :to, title = :title, detail = :detail,
                    body = :body, code = :code, amount = :amount, year_value = :year, extra = :extra
                where id = :id and person_id = :person
                """)
                .param("from", e.from())
                .param("to", e.to())
                .param("title", e.title())
                .param("detail", e.detail())
                .param("body", e.body())
                .param("code", e.code())
                .param("amount", e.amount())
                .param("year", e.year())
                .param("extra", e.extra())
                .param("id", e.id())
                .param("person", e.personId())
                .update();
    }

    void delete(long personId, long entryId) {
        jdbc.sql("delete from people_entry where id = :id and person_id = :p")
                .param("id", entryId)
                .param("p", personId)
                .update();
    }

    boolean hasPhoto(long personId) {
        return jdbc.sql("select count(*) from people_photo where person_id = :p")
                        .param("p", personId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void deleteOfPerson(long personId) {
        jdbc.sql("delete from people_entry where person_id = :p")
                .param("p", personId)
                .update();
    }

    void savePhoto(long personId, String contentType, byte[] content) {
        jdbc.sql("delete from people_photo where person_id = :p")
                .param("p", personId)
                .update();
        jdbc.sql("insert into people_photo (person_id, content_type, content) values (:p, :t, :c)")
                .param("p", personId)
                .param("t", contentType)
                .param("c", content)
                .update();
    }

    Optional<byte[]> photo(long personId) {
        return jdbc.sql("select content from people_photo where person_id = :p")
                .param("p", personId)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    private static PersonEntry map(ResultSet rs, int n) throws SQLException {
        int year = rs.getInt("year_value");
        Integer y = rs.wasNull() ? null : year;
        BigDecimal amount = rs.getBigDecimal("amount");
        return new PersonEntry(
                rs.getLong("id"),
                rs.getLong("person_id"),
                PersonEntry.Kind.valueOf(rs.getString("kind")),
                rs.getObject("from_date", LocalDate.class),
                rs.getObject("to_date", LocalDate.class),
                rs.getString("title"),
                rs.getString("detail"),
                rs.getString("body"),
                rs.getString("code"),
                amount,
                y,
                rs.getString("extra"));
    }
}
