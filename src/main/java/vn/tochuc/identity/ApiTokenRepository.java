package vn.tochuc.identity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ApiTokenRepository {

    record TokenRow(
            long id,
            long userId,
            String name,
            String prefix,
            OffsetDateTime createdAt,
            OffsetDateTime lastUsedAt,
            boolean revoked) {}

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long userId, String name, String hash, String prefix) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into idn_api_token (user_id, name, token_hash, prefix) values (:u, :n, :h, :p)")
                .param("u", userId)
                .param("n", name)
                .param("h", hash)
                .param("p", prefix)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Long> userOfActiveToken(String hash) {
        return jdbc.sql("select user_id from idn_api_token where token_hash = :h and revoked = false")
                .param("h", hash)
                .query(Long.class)
                .optional();
    }

    void touch(String hash) {
        jdbc.sql("update idn_api_token set last_used_at = current_timestamp where token_hash = :h")
                .param("h", hash)
                .update();
    }

    List<TokenRow> ofUser(long userId) {
        return jdbc.sql("select * from idn_api_token where user_id = :u order by id desc")
                .param("u", userId)
                .query((rs, n) -> new TokenRow(
                        rs.getLong("id"),
                        rs.getLong("user_id"),
                        rs.getString("name"),
                        rs.getString("prefix"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("last_used_at", OffsetDateTime.class),
                        rs.getBoolean("revoked")))
                .list();
    }

    int revoke(long tokenId, long userId) {
        return jdbc.sql("update idn_api_token set revoked = true where id = :id and user_id = :u")
                .param("id", tokenId)
                .param("u", userId)
                .update();
    }
}
