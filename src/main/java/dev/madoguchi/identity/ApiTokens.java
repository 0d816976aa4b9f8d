package dev.madoguchi.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.madoguchi.shared.SqlInstants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code api_token} table. */
@Repository
class ApiTokens {

    private static final String SELECT = """
            select t.id, t.user_id, u.username, t.name, t.prefix, t.created_at, t.expires_at, t.last_used_at,
                   t.revoked_at
            from api_token t join staff_user u on u.id = t.user_id
            """;

    /** Last-use times are written at most this often per token, not on every request. */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long userId, String name, String hash, String prefix, Instant now, Instant expiresAt) {
        return jdbc.sql("""
                insert into api_token (user_id, name, token_hash, prefix, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(userId, name, hash, prefix, SqlInstants.toSql(now), SqlInstants.toSql(expiresAt)).query(Long.class).single();
    }

    List<ApiTokenView> forUser(long userId) {
        return jdbc.sql(SELECT + " where t.user_id = ? order by t.created_at desc, t.id desc").param(userId)
                .query(ApiTokens::map).list();
    }

    Optional<ApiTokenView> find(long id) {
        return jdbc.sql(SELECT + " where t.id = ?").param(id).query(ApiTokens::map).optional();
    }

    /** The account behind a token that is neither revoked nor expired, and whose owner is active. */
    Optional<Long> activeOwner(String hash, Instant now) {
        return jdbc.sql("""
                select t.user_id from api_token t join staff_user u on u.id = t.user_id
                where t.token_hash = ? and t.revoked_at is null and (t.expires_at is null or t.expires_at > ?)
                  and u.active""").params(hash, SqlInstants.toSql(now)).query(Long.class).optional();
    }

    void touch(String hash, Instant now) {
        jdbc.sql("""
                update api_token set last_used_at = ?
                where token_hash = ? and (last_used_at is null or last_used_at < ?)""")
                .params(SqlInstants.toSql(now), hash, SqlInstants.toSql(now.minus(LAST_USED_RESOLUTION))).update();
    }

    boolean revoke(long id, Instant now) {
        return jdbc.sql("update api_token set revoked_at = ? where id = ? and revoked_at is null").params(SqlInstants.toSql(now), id)
                .update() == 1;
    }

    void revokeAllOf(long userId, Instant now) {
        jdbc.sql("update api_token set revoked_at = ? where user_id = ? and revoked_at is null").params(SqlInstants.toSql(now), userId)
                .update();
    }

    private static ApiTokenView map(ResultSet rs, int row) throws SQLException {
        return new ApiTokenView(rs.getLong("id"), rs.getLong("user_id"), rs.getString("username"), rs.getString("name"),
                rs.getString("prefix"), SqlInstants.read(rs, "created_at"), SqlInstants.read(rs, "expires_at"),
                SqlInstants.read(rs, "last_used_at"), SqlInstants.read(rs, "revoked_at"));
    }
}
