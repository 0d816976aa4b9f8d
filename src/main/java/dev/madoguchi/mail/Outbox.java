package dev.madoguchi.mail;

import java.time.Clock;
import java.util.List;

import dev.madoguchi.shared.SqlInstants;
import dev.madoguchi.vault.SealedBytes;
import dev.madoguchi.vault.Vault;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages to send, written in the same transaction as the act that causes them, so none is lost and none is sent
 * for an act that rolled back. Delivery by SMTP comes with the mail sender.
 */
@Component
public class Outbox {

    private final JdbcClient jdbc;
    private final Vault vault;
    private final Clock clock;

    Outbox(JdbcClient jdbc, Vault vault, Clock clock) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long queue(OutgoingMail mail) {
        long id = jdbc.sql("select nextval('outbox_message_id_seq')").query(Long.class).single();
        SealedBytes body = vault.seal(mail.body().getBytes(java.nio.charset.StandardCharsets.UTF_8), context(id));
        jdbc.sql("""
                insert into outbox_message (id, queued_at, recipient, language, category, subject, body_key_id,
                                            body_nonce, body_sealed, reference_type, reference_id, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued')""")
                .params(id, SqlInstants.toSql(clock.instant()), mail.recipient(), mail.language().tag(),
                        mail.category(), mail.subject(), body.keyId(), body.nonce(), body.ciphertext(),
                        mail.referenceType(), mail.referenceId())
                .update();
        return id;
    }

    /** The messages about one object, oldest first, bodies opened. */
    public List<QueuedMail> about(String referenceType, String referenceId) {
        return jdbc.sql("""
                select id, queued_at, recipient, language, category, subject, body_key_id, body_nonce, body_sealed,
                       status
                from outbox_message where reference_type = ? and reference_id = ? order by id""")
                .params(referenceType, referenceId)
                .query((rs, n) -> new QueuedMail(rs.getLong("id"), SqlInstants.read(rs, "queued_at"),
                        rs.getString("recipient"), rs.getString("language"), rs.getString("category"),
                        rs.getString("subject"),
                        new String(vault.open(new SealedBytes(rs.getString("body_key_id"), rs.getBytes("body_nonce"),
                                rs.getBytes("body_sealed")), context(rs.getLong("id"))),
                                java.nio.charset.StandardCharsets.UTF_8),
                        rs.getString("status")))
                .list();
    }

    private static String context(long id) {
        return "outbox-message:" + id;
    }
}
