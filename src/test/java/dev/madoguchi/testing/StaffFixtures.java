package dev.madoguchi.testing;

import java.sql.Timestamp;
import java.time.Instant;
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
