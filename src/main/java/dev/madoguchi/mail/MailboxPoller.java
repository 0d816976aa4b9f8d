package dev.madoguchi.mail;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.madoguchi.openpgp.PsirtKeys;
import dev.madoguchi.shared.SqlInstants;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the unseen messages of the PSIRT mailbox (issue 10: reports and replies by e-mail). Each message is handled
 * in its own transaction that records its Message-ID in {@code inbound_mail} and publishes {@link MailReceived};
 * only after that transaction commits is the message marked \Seen on the server (RFC 9051 §2.3.2). A crash in between
 * leaves it unseen, and the next poll finds its Message-ID recorded and only marks it; a second node polling at the
 * same moment waits on the unique Message-ID and then finds it recorded too. So each message is handled once.
 */
@Component
class MailboxPoller {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

    /** Messages handled per poll, so that one poll ends even when the mailbox is full. */
    static final int BATCH = 50;
    static final String PASSED_ON = "passed-on";
    static final String TOO_LARGE = "too-large";
    static final String FAILED = "failed";
    static final String UNCLAIMED = "unclaimed";

    private final InboxSettings settings;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final PsirtKeys keys;
    private final Bounces bounces;

    MailboxPoller(InboxSettings settings, JdbcClient jdbc, ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager, Clock clock, PsirtKeys keys, Bounces bounces) {
        this.keys = keys;
        this.bounces = bounces;
        this.settings = settings;
        this.jdbc = jdbc;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Handles the unseen messages; how many were new. Does nothing without a mailbox; never throws. */
    int poll() {
        if (!settings.reading()) {
            return 0;
        }
        Session session = Session.getInstance(settings.sessionProperties());
        int handled = 0;
        try (Store store = session.getStore()) {
            boolean authenticated = !settings.username().isBlank();
            store.connect(settings.host(), settings.port(), authenticated ? settings.username() : null,
                    authenticated ? settings.password() : null);
            Folder folder = store.getFolder(settings.folder());
            folder.open(Folder.READ_WRITE);
            try {
                Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                for (int i = 0; i < unseen.length && handled < BATCH; i++) {
                    MimeMessage message = (MimeMessage) unseen[i];
                    try {
                        if (!alreadyRecorded(message) && handle(folder, message)) {
                            handled++;
                        }
                    } catch (RuntimeException e) {
                        // one message that cannot even be recorded must not stop the mail after it from being read
                        log.warn("An inbound message could not be recorded: {}", kind(e));
                    }
                }
            } finally {
                folder.close(false);
            }
        } catch (MessagingException e) {
            log.warn("The PSIRT mailbox {} could not be read: {}", settings.host(), describe(e));
        }
        return handled;
    }

    /**
     * Whether the message's Message-ID (from its headers alone) is recorded; it is then marked seen unless it was
     * left to a person. Those stay unseen and are passed over here, so they never crowd out new mail from a run.
     */
    private boolean alreadyRecorded(MimeMessage message) throws MessagingException {
        List<String> ids = MimeReader.ids(message.getMessageID());
        String outcome = ids.isEmpty() ? null : outcomeOf(ids.get(0));
        if (outcome == null) {
            return false;
        }
        if (!leftToAPerson(outcome)) {
            message.setFlag(Flags.Flag.SEEN, true);
        }
        return true;
    }

    /** Handles one message unless already recorded; marks it seen once recorded, unless it is left to a person. */
    private boolean handle(Folder folder, MimeMessage message) throws MessagingException {
        Instant now = clock.instant();
        String messageId = null;
        String outcome;
        boolean isNew;
        try {
            if (message.getSize() > settings.maxSize().toBytes()) {
                messageId = idWithoutContent(folder, message);
                outcome = TOO_LARGE;
                isNew = record(new Inbound(messageId, now, sender(message), subject(message), outcome),
                        Optional.empty(), Optional.empty());
            } else {
                Optional<String> automatic = AutomaticMail.kind(message);
                // OpenPGP/MIME opens to no more than the largest message taken in (RFC 3156 §4; compression bombs)
                ReceivedMail mail = MimeReader.read(message, now,
                        data -> keys.open(data, settings.maxSize().toBytes()));
                messageId = mail.messageId();
                outcome = automatic.orElse(PASSED_ON);
                Inbound inbound = new Inbound(messageId, now, mail.from(), mail.subject(), outcome);
                isNew = record(inbound, automatic.isPresent() ? Optional.empty() : Optional.of(mail),
                        inbound.bounce() ? DeliveryReport.read(message) : Optional.empty());
            }
        } catch (RuntimeException | IOException | MessagingException e) {
            // the listener's work rolled back with the record; the failure is recorded alone, the message left
            // unseen in the mailbox for a person to read
            log.warn("An inbound message ({}) could not be handled: {}", messageId, kind(e));
            if (messageId != null) {
                record(new Inbound(messageId, now, null, null, FAILED), Optional.empty(), Optional.empty());
            }
            return false;
        }
        if (!TOO_LARGE.equals(outcome) && !leftToAPerson(outcomeOf(messageId))) {
            message.setFlag(Flags.Flag.SEEN, true);
        }
        return isNew;
    }

    /**
     * What is kept of a message: its headers, never its body (issue 10: it reaches the desk through the report or
     * case it joined, and may hold undisclosed details).
     */
    record Inbound(String messageId, Instant receivedAt, String sender, String subject, String outcome) {

        static final int SUBJECT_LENGTH = 1000;

        Inbound {
            subject = subject == null || subject.length() <= SUBJECT_LENGTH ? subject
                    : subject.substring(0, SUBJECT_LENGTH);
        }

        boolean bounce() {
            return AutomaticMail.BOUNCE.equals(outcome);
        }
    }

    /**
     * Records the message and, when it came from a person, publishes it; a bounce is matched to the outbox by its
     * delivery status report. False when already recorded.
     */
    private boolean record(Inbound inbound, Optional<ReceivedMail> mail, Optional<DeliveryReport> report) {
        return Boolean.TRUE.equals(transactions.execute(tx -> {
            Optional<Long> id = jdbc.sql("""
                    insert into inbound_mail (message_id, received_at, sender, subject, outcome) values (?, ?, ?, ?, ?)
                    on conflict (message_id) do nothing returning id""")
                    .params(inbound.messageId(), SqlInstants.toSql(inbound.receivedAt()), inbound.sender(),
                            inbound.subject(), inbound.outcome())
                    .query(Long.class).optional();
            if (id.isEmpty()) {
                return false;
            }
            if (inbound.bounce()) {
                bounces.recorded(id.get(), inbound.receivedAt(), report);
            }
            if (mail.isPresent()) {
                MailReceived received = repliedTo(mail.get());
                events.publishEvent(received);
                if (!received.taken()) {
                    jdbc.sql("update inbound_mail set outcome = ? where id = ?").params(UNCLAIMED, id.get()).update();
                }
            }
            return true;
        }));
    }

    /** The event, with what our message it answers was about: the nearest of its parents that the outbox sent. */
    private MailReceived repliedTo(ReceivedMail mail) {
        List<String> answers = mail.answers();
        for (String parent : answers) {
            var reference = jdbc.sql("""
                    select reference_type, reference_id from outbox_message
                    where message_id = ? and reference_type is not null""")
                    .param(parent)
                    .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
            if (reference.isPresent()) {
                return new MailReceived(mail, reference.get()[0], reference.get()[1]);
            }
        }
        // no header names ours: the subject's tag may (ReplyTag), for mail programs that drop the headers
        Optional<String[]> tagged = ReplyTag.in(mail.subject()).flatMap(named -> jdbc.sql("""
                select reference_type, reference_id from outbox_message
                where id = ? and message_id like ? and reference_type is not null""")
                .params(named.outboxId(), named.messageIdPrefix() + "%")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional());
        if (tagged.isPresent()) {
            return new MailReceived(mail, tagged.get()[0], tagged.get()[1]);
        }
        return new MailReceived(mail, null, null);
    }

    /** Messages a person must read in the mailbox itself: they stay unseen there. */
    private static boolean leftToAPerson(String outcome) {
        return TOO_LARGE.equals(outcome) || FAILED.equals(outcome) || UNCLAIMED.equals(outcome);
    }

    private String outcomeOf(String messageId) {
        return jdbc.sql("select outcome from inbound_mail where message_id = ?").param(messageId)
                .query(String.class).optional().orElse(null);
    }

    /** The Message-ID of a message not downloaded; without one, its place in the folder (RFC 9051 §2.3.1.1). */
    private static String idWithoutContent(Folder folder, MimeMessage message) throws MessagingException {
        List<String> ids = MimeReader.ids(message.getMessageID());
        if (!ids.isEmpty()) {
            return ids.get(0);
        }
        UIDFolder uids = (UIDFolder) folder;
        return "<uid-" + uids.getUIDValidity() + "-" + uids.getUID(message) + "@inbound.invalid>";
    }

    /** The subject of a message not downloaded, from its headers alone; none when it cannot be read. */
    private static String subject(MimeMessage message) {
        try {
            return MimeReader.headerText(message.getHeader("Subject", null));
        } catch (MessagingException | IOException e) {
            return null;
        }
    }

    private static String sender(MimeMessage message) {
        try {
            var from = message.getFrom();
            return from == null || from.length == 0 ? null : from[0].toString();
        } catch (MessagingException e) {
            return null;
        }
    }

    /** The failure for the log, on one line, without the password. */
    /**
     * What went wrong with a message, without the words of any exception: a database error quotes the failing row
     * (the mail's text) and a parser error the text it stumbled on, and mail content is never logged.
     */
    static String kind(Throwable e) {
        StringBuilder kind = new StringBuilder();
        for (Throwable t = e; t != null && kind.length() < 500; t = t.getCause() == t ? null : t.getCause()) {
            kind.append(kind.isEmpty() ? "" : " <- ").append(t.getClass().getSimpleName());
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                kind.append(" (SQLState ").append(sql.getSQLState()).append(')');
            }
        }
        return kind.toString();
    }

    private String describe(Exception e) {
        String line = (e.getClass().getSimpleName() + ": " + e.getMessage()).replaceAll("\\s+", " ");
        return settings.password().isEmpty() ? line : line.replace(settings.password(), "********");
    }
}
