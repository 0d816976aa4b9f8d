package dev.madoguchi.openpgp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.madoguchi.shared.SqlInstants;

import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.pgpainless.PGPainless;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code openpgp_key} rows: the only code that reads or writes them. */
@Component
class PsirtKeyRows {

    private static final String COLUMNS = """
            id, fingerprint, key_id, key_type, bits, user_id, created_at, expires_at, public_key, origin, state,
            added_at, added_by, current_from, retired_at, revoked_at, revocation_reason""";

    private final JdbcClient jdbc;

    PsirtKeyRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first. */
    List<PsirtKey> all() {
        return jdbc.sql("select " + COLUMNS + " from openpgp_key order by added_at desc, id desc")
                .query((rs, n) -> key(rs)).list();
    }

    Optional<PsirtKey> byFingerprint(String fingerprint) {
        return jdbc.sql("select " + COLUMNS + " from openpgp_key where fingerprint = ?").param(fingerprint)
                .query((rs, n) -> key(rs)).optional();
    }

    Optional<PsirtKey> current() {
        return jdbc.sql("select " + COLUMNS + " from openpgp_key where state = 'current'")
                .query((rs, n) -> key(rs)).optional();
    }

    /** The secret key of one key, locked by the passphrase. */
    PGPSecretKeyRing secretKey(String fingerprint) {
        String armored = jdbc.sql("select secret_key from openpgp_key where fingerprint = ?").param(fingerprint)
                .query(String.class).single();
        return parse(armored);
    }

    /** Every secret key, current and older, for opening messages. */
    List<PGPSecretKeyRing> allSecretKeys() {
        return jdbc.sql("select secret_key from openpgp_key order by id").query(String.class).list().stream()
                .map(PsirtKeyRows::parse).toList();
    }

    void insert(KeyFacts facts, String secretKey, String publicKey, String origin, KeyState state, Instant now,
            String actor) {
        jdbc.sql("""
                insert into openpgp_key (fingerprint, key_id, key_type, bits, user_id, created_at, expires_at,
                                         secret_key, public_key, origin, state, added_at, added_by, current_from)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(facts.fingerprint(), facts.keyId(), facts.type(), facts.bits(), facts.userId(),
                        SqlInstants.toSql(facts.created()),
                        facts.expires() == null ? null : SqlInstants.toSql(facts.expires()), secretKey, publicKey,
                        origin, state.column(), SqlInstants.toSql(now), actor,
                        state == KeyState.CURRENT ? SqlInstants.toSql(now) : null)
                .update();
    }

    /** Replaces the key material after an expiry change or a revocation (same fingerprint). */
    void updateMaterial(String fingerprint, Instant expires, String secretKey, String publicKey) {
        jdbc.sql("""
                update openpgp_key set expires_at = ?, secret_key = ?, public_key = ?, version = version + 1
                where fingerprint = ?""")
                .params(expires == null ? null : SqlInstants.toSql(expires), secretKey, publicKey, fingerprint)
                .update();
    }

    /** The current key, if any, becomes retired; the given one current. */
    void switchCurrent(String fingerprint, Instant now) {
        jdbc.sql("update openpgp_key set state = 'retired', retired_at = ? where state = 'current'")
                .param(SqlInstants.toSql(now)).update();
        jdbc.sql("update openpgp_key set state = 'current', current_from = ? where fingerprint = ?")
                .params(SqlInstants.toSql(now), fingerprint).update();
    }

    void markRevoked(String fingerprint, String reason, Instant now) {
        jdbc.sql("""
                update openpgp_key set state = 'revoked', revoked_at = ?, revocation_reason = ?
                where fingerprint = ?""")
                .params(SqlInstants.toSql(now), reason, fingerprint).update();
    }

    /** Takes the table lock that serializes key changes across nodes (one current key, one first key). */
    void lock() {
        jdbc.sql("lock table openpgp_key in share row exclusive mode").update();
    }

    private static PGPSecretKeyRing parse(String armored) {
        try {
            return PGPainless.readKeyRing().secretKeyRing(armored);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a stored PSIRT secret key cannot be read", e);
        }
    }

    private static PsirtKey key(ResultSet rs) throws SQLException {
        KeyFacts facts = new KeyFacts(rs.getString("fingerprint"), rs.getString("key_id"), rs.getString("key_type"),
                rs.getInt("bits"), rs.getString("user_id"), SqlInstants.read(rs, "created_at"),
                SqlInstants.read(rs, "expires_at"));
        return new PsirtKey(rs.getLong("id"), facts, rs.getString("public_key"), KeyState.of(rs.getString("state")),
                rs.getString("origin"), SqlInstants.read(rs, "added_at"), rs.getString("added_by"),
                SqlInstants.read(rs, "current_from"), SqlInstants.read(rs, "retired_at"),
                SqlInstants.read(rs, "revoked_at"), rs.getString("revocation_reason"));
    }
}
