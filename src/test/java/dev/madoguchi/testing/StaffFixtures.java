package dev.madoguchi.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import dev.madoguchi.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Staff accounts for tests, written straight into the identity tables. */
public final class StaffFixtures {

    public static final String PASSWORD = "correct horse battery staple";
    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private static final String HASH = ENCODER.encode(PASSWORD);

    private StaffFixtures() {
    }

    /** A personal API token for the user, written straight into the identity table; returns its secret. */
    public static String token(JdbcClient jdbc, String username) {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String secret = "mdg_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String hash;
        try {
            hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        jdbc.sql("insert into api_token (user_id, name, token_hash, prefix, created_at) "
                        + "select id, 'test', ?, 'mdg_', ? from staff_user where username = ?")
                .params(hash, Timestamp.from(Instant.now()), username).update();
        return secret;
    }

    /** A unique user name with the given prefix. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An active account with {@link #PASSWORD}, not required to change it. Returns its id. */
    public static long create(JdbcClient jdbc, String username, Role... roles) {
        long id = jdbc.sql("""
                insert into staff_user (username, display_name, email, password_hash, must_change_password, created_at)
                values (?, ?, ?, ?, false, ?) returning id""")
                .params(username, "Test " + username, username + "@example.test", HASH, Timestamp.from(Instant.now()))
                .query(Long.class).single();
        for (Role role : roles) {
            jdbc.sql("insert into staff_user_role (user_id, role) values (?, ?)").params(id, role.name()).update();
        }
        return id;
    }
}
