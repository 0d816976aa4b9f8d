package dev.madoguchi.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.madoguchi.shared.Language;
import dev.madoguchi.shared.Role;
import dev.madoguchi.shared.SqlInstants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code staff_user} and {@code staff_user_role} tables. */
@Repository
class StaffAccounts {

    private static final String SELECT = """
            select u.id, u.username, u.display_name, u.email, u.language, u.password_hash, u.must_change_password, u.active,
                   u.failed_sign_ins, u.locked_until, u.created_at, u.last_sign_in_at,
                   coalesce(array_agg(r.role order by r.role) filter (where r.role is not null), '{}') as roles
            from staff_user u left join staff_user_role r on r.user_id = u.id
            """;

    private final JdbcClient jdbc;

    StaffAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String normalize(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    Optional<StaffAccount> findByUsername(String username) {
        return jdbc.sql(SELECT + " where u.username = ? group by u.id").param(normalize(username))
                .query(StaffAccounts::map).optional();
    }

    Optional<StaffAccount> findById(long id) {
        return jdbc.sql(SELECT + " where u.id = ? group by u.id").param(id).query(StaffAccounts::map).optional();
    }

    List<StaffAccount> all() {
        return jdbc.sql(SELECT + " group by u.id order by u.username").query(StaffAccounts::map).list();
    }

    boolean anyWithRole(Role role) {
        return jdbc.sql("select exists (select 1 from staff_user_role where role = ?)").param(role.name())
                .query(Boolean.class).single();
    }

    /** Inserts the account; empty when the user name is taken (also by a concurrent insert on another node). */
    Optional<Long> create(String username, String displayName, String email, Language language, String passwordHash,
            Set<Role> roles, boolean mustChangePassword, Instant now) {
        Optional<Long> id = jdbc.sql("""
                insert into staff_user (username, display_name, email, language, password_hash, must_change_password,
                                        created_at, password_changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (username) do nothing
                returning id""")
                .params(normalize(username), displayName, email, language.tag(), passwordHash, mustChangePassword,
                        SqlInstants.toSql(now), SqlInstants.toSql(now))
                .query(Long.class).optional();
        id.ifPresent(userId -> replaceRoles(userId, roles));
        return id;
    }

    void replaceRoles(long userId, Set<Role> roles) {
        jdbc.sql("delete from staff_user_role where user_id = ?").param(userId).update();
        for (Role role : roles) {
            jdbc.sql("insert into staff_user_role (user_id, role) values (?, ?)").params(userId, role.name()).update();
        }
    }

    void updateProfile(long id, String displayName, String email, Language language) {
        jdbc.sql("update staff_user set display_name = ?, email = ?, language = ? where id = ?")
                .params(displayName, email, language.tag(), id)
                .update();
    }

    void setActive(long id, boolean active) {
        jdbc.sql("update staff_user set active = ? where id = ?").params(active, id).update();
    }

    void setPassword(long id, String passwordHash, boolean mustChange, Instant now) {
        jdbc.sql("""
                update staff_user set password_hash = ?, must_change_password = ?, password_changed_at = ?,
                                      failed_sign_ins = 0, locked_until = null
                where id = ?""").params(passwordHash, mustChange, SqlInstants.toSql(now), id).update();
    }

    void recordSignIn(long id, Instant now) {
        jdbc.sql("update staff_user set failed_sign_ins = 0, locked_until = null, last_sign_in_at = ? where id = ?")
                .params(SqlInstants.toSql(now), id).update();
    }

    /**
     * Counts a failed sign-in; at {@code threshold} consecutive failures the account locks until
     * {@code now + lockFor} and the count starts again. Returns true when this failure locked it.
     */
    boolean recordFailedSignIn(long id, int threshold, Duration lockFor, Instant now) {
        int failures = jdbc.sql("""
                update staff_user set failed_sign_ins = failed_sign_ins + 1 where id = ? returning failed_sign_ins""")
                .param(id).query(Integer.class).single();
        if (failures >= threshold) {
            jdbc.sql("update staff_user set failed_sign_ins = 0, locked_until = ? where id = ?")
                    .params(SqlInstants.toSql(now.plus(lockFor)), id).update();
            return true;
        }
        return false;
    }

    /**
     * Serializes changes that must keep at least one active administrator: two administrators demoting each other
     * at the same moment on two nodes must not both succeed.
     */
    void lockAdministratorChanges() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('madoguchi.staff-administrators'))").query().singleRow();
    }

    void unlock(long id) {
        jdbc.sql("update staff_user set failed_sign_ins = 0, locked_until = null where id = ?").param(id).update();
    }

    private static StaffAccount map(ResultSet rs, int row) throws SQLException {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : (String[]) rs.getArray("roles").getArray()) {
            roles.add(Role.valueOf(role));
        }
        return new StaffAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), Language.fromTag(rs.getString("language")).orElse(Language.JA),
                rs.getString("password_hash"), rs.getBoolean("must_change_password"),
                rs.getBoolean("active"), rs.getInt("failed_sign_ins"), SqlInstants.read(rs, "locked_until"), roles,
                SqlInstants.read(rs, "created_at"), SqlInstants.read(rs, "last_sign_in_at"));
    }
}
