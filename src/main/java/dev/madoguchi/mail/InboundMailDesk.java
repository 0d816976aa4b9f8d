package dev.madoguchi.mail;

import java.time.Instant;
import java.util.List;

import dev.madoguchi.shared.SqlInstants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The PSIRT mailbox as staff see it (issue 10: auto-replies and bounces are recognised and not turned into reports):
 * each message read, newest first, with its subject and what became of it, and for a bounce which of our messages it
 * reports on. Never the body: it may hold undisclosed details and reaches the desk through the report or case it
 * joined.
 */
@Component
class InboundMailDesk {

    /** Messages per page. */
    static final int PAGE = 50;
    /** The outcomes {@code inbound_mail} records, in the order the page offers them as filters. */
    static final List<String> OUTCOMES = List.of(MailboxPoller.PASSED_ON, AutomaticMail.AUTO_REPLY,
            AutomaticMail.BOUNCE, MailboxPoller.TOO_LARGE, MailboxPoller.FAILED, MailboxPoller.UNCLAIMED);

    private final JdbcClient jdbc;

    InboundMailDesk(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One message as the page lists it.
     *
     * @param bouncedOutboxId the outbox message a bounce reports on, or {@code null}
     * @param bouncedSubject  that message's subject, or {@code null}
     */
    record Entry(long id, Instant receivedAt, String sender, String subject, String outcome, String bouncedRecipient,
            Long bouncedOutboxId, String bouncedSubject) {
    }

    /**
     * A page of messages, newest first.
     *
     * @param next the id to read the following page from, or {@code null} on the last page
     */
    record Page(List<Entry> entries, Long next) {
    }

    /**
     * The page of messages older than {@code before} (keyset: stable while new mail arrives), all or with one outcome.
     *
     * @param outcome one of {@link #OUTCOMES}, or {@code null} for all
     * @param before  an id from {@link Page#next()}, or {@code null} for the newest
     */
    Page page(String outcome, Long before) {
        List<Entry> rows = jdbc.sql("""
                select i.id, i.received_at, i.sender, i.subject, i.outcome, i.bounced_recipient, i.bounced_outbox_id,
                       o.subject as bounced_subject
                from inbound_mail i left join outbox_message o on o.id = i.bounced_outbox_id
                where (cast(:outcome as text) is null or i.outcome = :outcome)
                  and (cast(:before as bigint) is null or i.id < :before)
                order by i.id desc limit :limit""")
                .param("outcome", outcome).param("before", before).param("limit", PAGE + 1)
                .query((rs, n) -> new Entry(rs.getLong("id"), SqlInstants.read(rs, "received_at"),
                        rs.getString("sender"), rs.getString("subject"), rs.getString("outcome"),
                        rs.getString("bounced_recipient"), rs.getObject("bounced_outbox_id", Long.class),
                        rs.getString("bounced_subject")))
                .list();
        if (rows.size() <= PAGE) {
            return new Page(rows, null);
        }
        List<Entry> shown = rows.subList(0, PAGE);
        return new Page(List.copyOf(shown), shown.get(PAGE - 1).id());
    }
}
