package vn.tochuc.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.tochuc.web.Role;

@Repository
class UserRepository {

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserRow> findByUsername(String username) {
        return jdbc.sql("select * from idn_user where username = :u")
                .param("u", username)
                .query(UserRepository::map)
                .optional();
    }

    Optional<UserRow> findById(long id) {
        return jdbc.sql("select * from idn_user where id = :id")
                .param("id", id)
                .query(UserRepository::map)
                .optional();
    }

    List<UserRow> search(@Nullable String q, int offset, int limit) {
        return jdbc.sql("""
                select * from idn_user
                where cast(:q as varchar) is null or lower(username) like :q or lower(full_name) like :q
                order by username limit :limit offset :offset
                """)
                .param("q", q == null || q.isBlank() ? null : "%" + q.trim().toLowerCase() + "%")
                .param("limit", limit)
                .param("offset", offset)
                .query(UserRepository::map)
                .list();
    }

    boolean exists(String username) {
        return jdbc.sql("select count(*) from idn_user where username = :u")
                        .param("u", username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insert(String username, String fullName, String passwordHash, @Nullable Long homeUnitId, boolean globalScope) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into idn_user (username, full_name, password_hash, home_unit_id, global_scope)
                values (:u, :name, :hash, :home, :global)
                """)
                .param("u", username)
                .param("name", fullName)
                .param("hash", passwordHash)
                .param("home", homeUnitId)
                .param("global", globalScope)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void updateProfile(long id, String fullName, @Nullable Long homeUnitId, boolean globalScope, boolean enabled) {
        jdbc.sql("""
                update idn_user set full_name = :name, home_unit_id = :home, global_scope = :global,
                    enabled = :enabled where id = :id
                """)
                .param("name", fullName)
                .param("home", homeUnitId)
                .param("global", globalScope)
                .param("enabled", enabled)
                .param("id", id)
                .update();
    }

    void updatePerson(long id, @Nullable Long personId) {
        jdbc.sql("update idn_user set person_id = :person where id = :id")
                .param("person", personId)
                .param("id", id)
                .update();
    }

    /** The account already linked to the person, if any. */
    Optional<Long> userOfPerson(long personId) {
        return jdbc.sql("select id from idn_user where person_id = :p")
                .param("p", personId)
                .query(Long.class)
                .optional();
    }

    void updatePassword(long id, String hash) {
        jdbc.sql("""
                update idn_user set password_hash = :hash, password_changed_at = current_timestamp,
                    failed_attempts = 0, locked_until = null where id = :id
                """).param("hash", hash).param("id", id).update();
    }

    /** Counts a failed login; locks the account for {@code lockFor} once {@code maxAttempts} is reached. */
    void recordFailure(String username, int maxAttempts, OffsetDateTime lockUntil) {
        jdbc.sql("update idn_user set failed_attempts = failed_attempts + 1 where username = :u")
                .param("u", username)
                .update();
        jdbc.sql("""
                update idn_user set locked_until = :until, failed_attempts = 0
                where username = :u and failed_attempts >= :max
                """)
                .param("until", lockUntil)
                .param("u", username)
                .param("max", maxAttempts)
                .update();
    }

    void recordSuccess(String username) {
        jdbc.sql("update idn_user set failed_attempts = 0, locked_until = null where username = :u")
                .param("u", username)
                .update();
    }

    void unlock(long id) {
        jdbc.sql("update idn_user set failed_attempts = 0, locked_until = null where id = :id")
                .param("id", id)
                .update();
    }

    Set<Role> roles(long userId) {
        return new HashSet<>(jdbc.sql("select role from idn_user_role where user_id = :id")
                .param("id", userId)
                .query((rs, n) -> Role.valueOf(rs.getString(1)))
                .list());
    }

    void replaceRoles(long userId, Set<Role> roles) {
        jdbc.sql("delete from idn_user_role where user_id = :id")
                .param("id", userId)
                .update();
        for (Role r : roles) {
            jdbc.sql("insert into idn_user_role (user_id, role) values (:id, :role)")
                    .param("id", userId)
                    .param("role", r.name())
                    .update();
        }
    }

    Set<Long> extraScope(long userId) {
        return new HashSet<>(jdbc.sql("select unit_id from idn_user_scope where user_id = :id")
                .param("id", userId)
                .query(Long.class)
                .list());
    }

    void replaceExtraScope(long userId, Set<Long> unitIds) {
        jdbc.sql("delete from idn_user_scope where user_id = :id")
                .param("id", userId)
                .update();
        for (Long unit : unitIds) {
            jdbc.sql("insert into idn_user_scope (user_id, unit_id) values (:id, :unit)")
                    .param("id", userId)
                    .param("unit", unit)
                    .update();
        }
    }

    long count() {
        return jdbc.sql("select count(*) from idn_user").query(Long.class).single();
    }

    private static UserRow map(ResultSet rs, int n) throws SQLException {
        long home = rs.getLong("home_unit_id");
        Long homeUnit = rs.wasNull() ? null : home;
        return new UserRow(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("full_name"),
                rs.getString("password_hash"),
                homeUnit,
                rs.getBoolean("global_scope"),
                rs.getBoolean("enabled"),
                rs.getInt("failed_attempts"),
                rs.getObject("locked_until", OffsetDateTime.class),
                rs.getObject("person_id", Long.class));
    }
}
