package dev.madoguchi.mail;

import java.time.Instant;
import java.util.Optional;

import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;
import dev.madoguchi.shared.SqlInstants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bounces matched to the outbox (issue 10: staff can see the outbox and its failures). A delivery status notification
 * (RFC 3464) that returns the Message-ID the outbox gave one of our messages marks that message bounced, so the
 * outbox page shows that, say, the acknowledgment to a reporter never arrived; one naming no message of ours is only
 * recorded. Each bounce is audited once: it is handled only in the transaction that first records it.
 */
@Component
class Bounces {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Bounces(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** In the transaction that recorded the bounce {@code inboundId}, received at {@code at}. */
    void recorded(long inboundId, Instant at, Optional<DeliveryReport> report) {
        Optional<Long> outboxId = report.flatMap(r -> ourMessage(r.originalMessageId(), r.failedRecipient()));
        jdbc.sql("update inbound_mail set bounced_recipient = ?, bounced_outbox_id = ? where id = ?")
                .params(report.map(DeliveryReport::failedRecipient).orElse(null), outboxId.orElse(null), inboundId)
                .update();
        if (outboxId.isEmpty()) {
            audit.record(AuditEntry.of("mail.bounce-recorded", "inbound-mail", inboundId,
                    report.isPresent() ? "names no message of ours" : "no delivery status report"));
            return;
        }
        String reason = report.map(DeliveryReport::reason).orElse(null);
        // the first bounce names the failure; a second for the same message changes nothing staff need to see
        jdbc.sql("update outbox_message set bounced_at = ?, bounce_reason = ? where id = ? and bounced_at is null")
                .params(SqlInstants.toSql(at), reason, outboxId.get()).update();
        audit.record(AuditEntry.of("mail.bounced", "outbox-message", outboxId.get(),
                "inbound mail " + inboundId + (reason == null ? "" : ": " + reason)));
    }

    /**
     * The message we sent that the report is about. Anyone who saw our Message-ID (a list, a forward) can write a
     * report naming it, so the failed recipient it names, when it names one, must be the one we sent to.
     */
    private Optional<Long> ourMessage(String messageId, String failedRecipient) {
        if (messageId == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id from outbox_message where message_id = ? and status = 'sent' "
                        + "and (cast(? as text) is null or lower(recipient) = lower(?))")
                .params(messageId, failedRecipient, failedRecipient).query(Long.class).optional();
    }
}
