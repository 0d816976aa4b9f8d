package dev.madoguchi.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.madoguchi.shared.Language;
import dev.madoguchi.shared.SqlInstants;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox (issue 10: if the SMTP server is down for an hour, every message goes out once it is back,
 * none twice). Due messages are claimed with {@code for update skip locked} and marked {@code sending} with a lease in
 * a transaction that commits before any is sent, so two nodes never claim one message; each is then sent and marked
 * {@code sent}, or its failure is recorded with the next attempt after an exponential backoff. A node that dies
 * between claim and mark leaves a lease that expires, and the message is claimed again with the Message-ID it already
 * had: the one case that can deliver a message twice, and receivers can tell the copy by that Message-ID.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    /** Messages claimed at once: few enough that sending them all stays well inside the lease. */
    static final int BATCH = 10;
    /** Claims per run, so that one run of the job ends even while messages keep arriving. */
    static final int ROUNDS = 10;
    /**
     * How long a claim holds: a batch of slow sends (each bounded by {@link MailSettings#TIMEOUT} per connect, read
     * and write) ends well before, so a live node never loses its claim to another.
     */
    static final Duration LEASE = Duration.ofMinutes(15);
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    /** After failing this long a message is given up ({@code failed}) until staff retry it. */
    static final Duration GIVE_UP_AFTER = Duration.ofDays(3);

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final SmtpDelivery smtp;
    private final MailSettings settings;
    private final SenderAddress sender;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OutboxSender(JdbcClient jdbc, Outbox outbox, SmtpDelivery smtp, MailSettings settings,
            SenderAddress sender, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.smtp = smtp;
        this.settings = settings;
        this.sender = sender;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Sends what is due; the number sent. Does nothing while delivery is off: messages stay queued. */
    int sendDue() {
        if (!settings.delivering()) {
            return 0;
        }
        int sent = 0;
        for (int round = 0; round < ROUNDS; round++) {
            List<ClaimedMail> claimed = claim();
            if (claimed.isEmpty()) {
                break;
            }
            Map<Long, SmtpDelivery.Outcome> outcomes = smtp.send(claimed);
            for (ClaimedMail mail : claimed) {
                SmtpDelivery.Outcome outcome = outcomes.get(mail.id());
                if (outcome.sent()) {
                    markSent(mail);
                    sent++;
                } else {
                    recordFailure(mail, outcome);
                }
            }
        }
        return sent;
    }

    /** Claims up to {@link #BATCH} due messages and commits the claim; their bodies opened. */
    List<ClaimedMail> claim() {
        Instant now = clock.instant();
        List<ClaimedMail> claimed = transactions.execute(tx -> withMessageIds(jdbc.sql("""
                update outbox_message set status = 'sending', lease_until = ?
                where id in (select id from outbox_message
                             where (status = 'queued' and next_attempt_at <= ?)
                                or (status = 'sending' and lease_until <= ?)
                             order by id limit ? for update skip locked)
                returning id, recipient, language, subject, body_key_id, body_nonce, body_sealed, message_id,
                          in_reply_to, attempts, failing_since""")
                .params(SqlInstants.toSql(now.plus(LEASE)), SqlInstants.toSql(now), SqlInstants.toSql(now), BATCH)
                .query((rs, n) -> new ClaimedMail(rs.getLong("id"), rs.getString("recipient"),
                        Language.fromTag(rs.getString("language")).orElse(Language.EN), rs.getString("subject"),
                        outbox.body(rs), rs.getString("message_id"), rs.getString("in_reply_to"),
                        rs.getInt("attempts"), SqlInstants.read(rs, "failing_since")))
                .list()));
        // returning gives no order
        return claimed.stream().sorted(Comparator.comparingLong(ClaimedMail::id)).toList();
    }

    /** Gives a Message-ID to a message queued before the outbox gave them, in the claim's transaction. */
    private List<ClaimedMail> withMessageIds(List<ClaimedMail> claimed) {
        return claimed.stream().map(mail -> {
            if (mail.messageId() != null) {
                return mail;
            }
            String messageId = sender.messageId(mail.id());
            jdbc.sql("update outbox_message set message_id = ? where id = ?").params(messageId, mail.id()).update();
            return new ClaimedMail(mail.id(), mail.recipient(), mail.language(), mail.subject(), mail.body(),
                    messageId, mail.inReplyTo(), mail.attempts(), mail.failingSince());
        }).toList();
    }

    private void markSent(ClaimedMail mail) {
        jdbc.sql("""
                update outbox_message set status = 'sent', sent_at = ?, lease_until = null, attempts = attempts + 1
                where id = ? and status = 'sending'""")
                .params(SqlInstants.toSql(clock.instant()), mail.id()).update();
    }

    private void recordFailure(ClaimedMail mail, SmtpDelivery.Outcome outcome) {
        Instant now = clock.instant();
        Instant failingSince = mail.failingSince() == null ? now : mail.failingSince();
        int attempts = mail.attempts() + 1;
        boolean giveUp = outcome.permanent() || !now.isBefore(failingSince.plus(GIVE_UP_AFTER));
        Instant next = giveUp ? now : now.plus(backoff(attempts));
        jdbc.sql("""
                update outbox_message set status = ?, attempts = ?, last_error = ?, next_attempt_at = ?,
                                          failing_since = ?, lease_until = null
                where id = ? and status = 'sending'""")
                .params(giveUp ? "failed" : "queued", attempts, outcome.error(), SqlInstants.toSql(next),
                        SqlInstants.toSql(failingSince), mail.id())
                .update();
        log.warn("Outbox message {} not delivered (attempt {}{}): {}", mail.id(), attempts,
                giveUp ? ", given up" : "", outcome.error());
    }

    /** 30 s after the first failure, doubling after each, at most an hour. */
    static Duration backoff(int attempts) {
        Duration wait = FIRST_RETRY;
        for (int i = 1; i < attempts && wait.compareTo(LONGEST_WAIT) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LONGEST_WAIT) < 0 ? wait : LONGEST_WAIT;
    }
}
