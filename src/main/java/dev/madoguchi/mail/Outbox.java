package dev.madoguchi.mail;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import dev.madoguchi.openpgp.OpenPgpProblem;
import dev.madoguchi.openpgp.PsirtKeys;
import dev.madoguchi.openpgp.PublicKeyCheck;
import dev.madoguchi.shared.SqlInstants;
import dev.madoguchi.vault.SealedBytes;
import dev.madoguchi.vault.Vault;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages to send, written in the same transaction as the act that causes them, so none is lost and none is sent
 * for an act that rolled back; {@link OutboxSender} delivers them by SMTP. Each message gets its Message-ID here, and
 * {@code In-Reply-To} names the one before it about the same object to the same recipient, so that the recipient's
 * mail program threads them (issue 10).
 *
 * <p>A message with a recipient key is encrypted to it and signed by the PSIRT key before it is sealed (issue 9:
 * every e-mail to a reporter who gave a key). A key that expired or was revoked since it was given cannot be used;
 * the message then goes out with its plain body, which never carries details, and the row records why.
 */
@Component
public class Outbox {

    private final JdbcClient jdbc;
    private final Vault vault;
    private final PsirtKeys keys;
    private final SenderAddress sender;
    private final Clock clock;

    Outbox(JdbcClient jdbc, Vault vault, PsirtKeys keys, SenderAddress sender, Clock clock) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.keys = keys;
        this.sender = sender;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long queue(OutgoingMail mail) {
        long id = jdbc.sql("select nextval('outbox_message_id_seq')").query(Long.class).single();
        Instant now = clock.instant();
        Body text = body(mail, now);
        SealedBytes body = vault.seal(text.text().getBytes(StandardCharsets.UTF_8), context(id));
        jdbc.sql("""
                insert into outbox_message (id, queued_at, recipient, language, category, subject, body_key_id,
                                            body_nonce, body_sealed, reference_type, reference_id, status, encryption,
                                            next_attempt_at, message_id, in_reply_to)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?)""")
                .params(id, SqlInstants.toSql(now), mail.recipient(), mail.language().tag(),
                        mail.category(), mail.subject(), body.keyId(), body.nonce(), body.ciphertext(),
                        mail.referenceType(), mail.referenceId(), text.encryption(), SqlInstants.toSql(now),
                        sender.messageId(id), previous(mail))
                .update();
        return id;
    }

    /** The Message-ID of the latest message about the same object to the same recipient, or {@code null}. */
    private String previous(OutgoingMail mail) {
        if (mail.referenceType() == null || mail.referenceId() == null) {
            return null;
        }
        return jdbc.sql("""
                select message_id from outbox_message
                where reference_type = ? and reference_id = ? and lower(recipient) = lower(?)
                  and message_id is not null
                order by id desc limit 1""")
                .params(mail.referenceType(), mail.referenceId(), mail.recipient())
                .query(String.class).optional().orElse(null);
    }

    private record Body(String text, String encryption) {
    }

    /** The encrypted body when the recipient's key can be used now, else the plain one and why. */
    private Body body(OutgoingMail mail, Instant now) {
        if (!mail.encrypted()) {
            return new Body(mail.body(), "none");
        }
        if (PublicKeyCheck.check(mail.recipientKey(), Date.from(now)).isPresent()) {
            return new Body(mail.body(), "key-unusable");
        }
        try {
            return new Body(keys.encryptTo(mail.recipientKey(), mail.encryptedBody()), "encrypted");
        } catch (OpenPgpProblem e) {
            // a key that passes the check but still cannot be encrypted to: the plain body, which carries no details
            return new Body(mail.body(), "key-unusable");
        }
    }

    /** The messages about one object, oldest first, bodies opened. */
    public List<QueuedMail> about(String referenceType, String referenceId) {
        return jdbc.sql("""
                select id, queued_at, recipient, language, category, subject, body_key_id, body_nonce, body_sealed,
                       status, encryption
                from outbox_message where reference_type = ? and reference_id = ? order by id""")
                .params(referenceType, referenceId)
                .query((rs, n) -> new QueuedMail(rs.getLong("id"), SqlInstants.read(rs, "queued_at"),
                        rs.getString("recipient"), rs.getString("language"), rs.getString("category"),
                        rs.getString("subject"), body(rs), rs.getString("status"), rs.getString("encryption")))
                .list();
    }

    /** The opened body of the row {@code rs} is on (columns id, body_key_id, body_nonce, body_sealed). */
    String body(ResultSet rs) throws SQLException {
        SealedBytes sealed = new SealedBytes(rs.getString("body_key_id"), rs.getBytes("body_nonce"),
                rs.getBytes("body_sealed"));
        return new String(vault.open(sealed, context(rs.getLong("id"))), StandardCharsets.UTF_8);
    }

    private static String context(long id) {
        return "outbox-message:" + id;
    }
}
