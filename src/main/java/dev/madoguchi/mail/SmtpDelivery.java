package dev.madoguchi.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.stereotype.Component;

/**
 * Sends claimed messages over one SMTP connection. Bodies are text/plain in UTF-8 (quoted-printable or base64 as the
 * text needs, RFC 2045), subjects and display names are MIME-encoded words (RFC 2047), so Japanese arrives intact; an
 * armored OpenPGP message is ASCII and goes as it is (inline PGP, RFC 4880 §6.2).
 */
@Component
class SmtpDelivery {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();
    private static final int MAX_ERROR = 500;

    private final MailSettings settings;
    private final SenderAddress sender;
    private final Clock clock;

    SmtpDelivery(MailSettings settings, SenderAddress sender, Clock clock) {
        this.settings = settings;
        this.sender = sender;
        this.clock = clock;
    }

    /** What became of one message: sent, or why not and whether trying again can help. */
    record Outcome(String error, boolean permanent) {

        static final Outcome SENT = new Outcome(null, false);

        boolean sent() {
            return error == null;
        }
    }

    /** Sends each message; the outcome of each, by id. Never throws for a message or server failure. */
    Map<Long, Outcome> send(List<ClaimedMail> messages) {
        Map<Long, Outcome> outcomes = new LinkedHashMap<>();
        Session session = Session.getInstance(settings.sessionProperties());
        Map<ClaimedMail, MimeMessage> built = new LinkedHashMap<>();
        for (ClaimedMail mail : messages) {
            try {
                built.put(mail, message(session, mail));
            } catch (MessagingException | UnsupportedEncodingException e) {
                // an address that cannot be written never will be: no point in trying again
                outcomes.put(mail.id(), new Outcome(describe(e), true));
            }
        }
        if (built.isEmpty()) {
            return outcomes;
        }
        try (Transport transport = session.getTransport()) {
            transport.connect(settings.host(), settings.port(), settings.authenticated() ? settings.username() : null,
                    settings.authenticated() ? settings.password() : null);
            built.forEach((mail, message) -> outcomes.put(mail.id(), deliver(transport, message)));
        } catch (MessagingException e) {
            Outcome unreachable = new Outcome(describe(e), false);
            built.keySet().forEach(mail -> outcomes.putIfAbsent(mail.id(), unreachable));
        }
        return outcomes;
    }

    private Outcome deliver(Transport transport, MimeMessage message) {
        try {
            transport.sendMessage(message, message.getAllRecipients());
            return Outcome.SENT;
        } catch (MessagingException e) {
            return new Outcome(describe(e), false);
        }
    }

    MimeMessage message(Session session, ClaimedMail mail) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new StableIdMessage(session, mail.messageId());
        message.setFrom(new InternetAddress(sender.address(), sender.displayName(mail.language()), UTF_8));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient().strip(), true));
        message.setSubject(ReplyTag.subject(mail.subject(), mail.messageId()), UTF_8);
        message.setSentDate(Date.from(clock.instant()));
        if (mail.inReplyTo() != null) {
            // RFC 5322 §3.6.4: the parent's Message-ID; the outbox keeps only the parent, so References is the same
            message.setHeader("In-Reply-To", mail.inReplyTo());
            message.setHeader("References", mail.inReplyTo());
        }
        message.setHeader("Content-Language", mail.language().tag());
        message.setText(mail.body(), UTF_8);
        message.saveChanges();
        return message;
    }

    /** The failure for staff and the log: the exception and its cause, never the password, on one short line. */
    String describe(Exception e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != e) {
            text.append(" (").append(root.getClass().getSimpleName()).append(": ").append(root.getMessage()).append(')');
        }
        String line = text.toString().replaceAll("\\s+", " ").strip();
        if (!settings.password().isEmpty()) {
            line = line.replace(settings.password(), "********");
        }
        return line.length() > MAX_ERROR ? line.substring(0, MAX_ERROR) : line;
    }

    /** A message whose Message-ID is the one stored before the first attempt, not a new one at each save. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
