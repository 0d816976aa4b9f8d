package dev.madoguchi.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import dev.madoguchi.shared.SqlInstants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reporter's private status links {@code /r/<token>}: 256 random bits in base64url, of which only the SHA-256
 * is stored. A reporter has no account; the link is their only key, so it can be revoked and reissued.
 */
@Component
class StatusLinks {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final int TOKEN_LENGTH = 43;

    private final JdbcClient jdbc;
    private final Clock clock;

    StatusLinks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new token for the report; the caller shows or sends it once. */
    String issue(long reportId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into report_status_link (report_id, token_hash, created_at) values (?, ?, ?)")
                .params(reportId, hash(token), SqlInstants.toSql(clock.instant())).update();
        return token;
    }

    /** The report a token opens, if the token is well-formed, known and not revoked. */
    Optional<Long> reportOf(String token) {
        if (token == null || token.length() != TOKEN_LENGTH || !token.matches("[A-Za-z0-9_-]+")) {
            return Optional.empty();
        }
        return jdbc.sql("select report_id from report_status_link where token_hash = ? and revoked_at is null")
                .param(hash(token)).query(Long.class).optional();
    }

    /** Whether the reporter holds a link that still opens the report. */
    boolean active(long reportId) {
        return jdbc.sql("select exists (select 1 from report_status_link where report_id = ? and revoked_at is null)")
                .param(reportId).query(Boolean.class).single();
    }

    void revokeAll(long reportId) {
        jdbc.sql("update report_status_link set revoked_at = ? where report_id = ? and revoked_at is null")
                .params(SqlInstants.toSql(clock.instant()), reportId).update();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
