package dev.madoguchi.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.madoguchi.shared.Language;
import dev.madoguchi.shared.Role;
import dev.madoguchi.testing.SignedIn;
import dev.madoguchi.testing.StaffFixtures;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 10: auto-replies and bounces are recognised and not turned into reports, and staff can see the outbox and its
 * failures. A delivery status notification (RFC 3464) returning one of our messages marks it bounced on the outbox
 * page; the received-mail page lists what the mailbox held, subjects and outcomes but never a body.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SmtpServerUnderTest.Time.class)
class BounceTests extends SmtpServerUnderTest {

    private static final int IMAP_PORT = freePort();
    private static final String PSIRT = "psirt@madoguchi.example";
    private static final String SECRET_BODY = "secret-body-overflow-in-fw-1.2.3";

    @DynamicPropertySource
    static void readTheTestMailbox(DynamicPropertyRegistry registry) {
        registry.add("madoguchi.mail.imap.host", () -> "127.0.0.1");
        registry.add("madoguchi.mail.imap.port", () -> IMAP_PORT);
        registry.add("madoguchi.mail.imap.security", () -> "none");
        registry.add("madoguchi.mail.imap.username", () -> "psirt");
        registry.add("madoguchi.mail.imap.password", () -> "mailbox-secret");
        // messages are marked sent by hand: this context's sender must not deliver to another test class's server
        registry.add("madoguchi.mail.enabled", () -> "false");
    }

    @Autowired
    MailboxPoller poller;
    @Autowired
    MockMvc mvc;

    GreenMailUser mailbox;

    /** An IMAP server only, holding the PSIRT mailbox. */
    @Override
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        smtp.start();
        mailbox = smtp.setUser(PSIRT, "psirt", "mailbox-secret");
    }

    @Test
    void aDeliveryStatusNotificationForOurMessageMarksItBouncedOnTheOutboxPageAuditedOnce() throws Exception {
        long id = sentMessage("reporter@example.jp", "[MDG-2026-0042] Received");
        deliver(dsn("<dsn-ours@mx.example.jp>", messageIdOf(id)));

        poller.poll();
        markAllUnseen(); // as after a crash between the commit and marking the message seen
        poller.poll();

        assertThat(jdbc.sql("select bounce_reason from outbox_message where id = ? and bounced_at is not null")
                .param(id).query(String.class).single())
                .isEqualTo("5.1.1 <reporter@example.jp>: Recipient address rejected: User unknown");
        assertThat(jdbc.sql("select bounced_recipient || '|' || bounced_outbox_id from inbound_mail "
                + "where message_id = '<dsn-ours@mx.example.jp>'").query(String.class).single())
                .isEqualTo("reporter@example.jp|" + id);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'mail.bounced' and object_id = ?")
                .param(Long.toString(id)).query(Integer.class).single()).isEqualTo(1);

        String page = page("/admin/outbox?status=failed", Role.PSIRT);
        assertThat(page).contains("message-" + id,
                "bounced: 5.1.1 &lt;reporter@example.jp&gt;: Recipient address rejected: User unknown");
    }

    @Test
    void aDeliveryStatusNotificationNamesTheFailedRecipientItsReasonAndTheReturnedMessageId() throws Exception {
        assertThat(DeliveryReport.read(ReceivedMailTests.parse(dsn("<d@mx.example.jp>", "<outbox-7.ab@example>"))))
                .contains(new DeliveryReport("reporter@example.jp", "5.1.1 <reporter@example.jp>: "
                        + "Recipient address rejected: User unknown", "<outbox-7.ab@example>"));
    }

    @Test
    void aDeliveryStatusNotificationForAMessageNotOursMarksNothing() throws Exception {
        long id = sentMessage("reporter@example.jp", "[MDG-2026-0043] Received");
        deliver(dsn("<dsn-stranger@mx.example.jp>", "<someone-else-123@example.org>"));

        poller.poll();

        assertThat(jdbc.sql("select count(*) from outbox_message where bounced_at is not null")
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select outcome || '|' || bounced_recipient || '|' || (bounced_outbox_id is null) "
                + "from inbound_mail where message_id = '<dsn-stranger@mx.example.jp>'").query(String.class).single())
                .isEqualTo("bounce|reporter@example.jp|true");
        assertThat(page("/admin/outbox?status=failed", Role.PSIRT)).doesNotContain("message-" + id);
    }

    @Test
    void aReportNamingOurMessageButAnotherRecipientMarksNothing() throws Exception {
        // anyone who saw our Message-ID (a list, a forward) can write a report naming it
        long id = sentMessage("finder@example.jp", "[MDG-2026-0045] Received");
        deliver(dsn("<dsn-other-recipient@mx.example.jp>", messageIdOf(id)));

        poller.poll();

        assertThat(jdbc.sql("select bounced_at is null from outbox_message where id = ?").param(id)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void theReceivedMailPageListsABounceAndAnAutoReplyWithSubjectAndOutcomeButNeverTheBody() throws Exception {
        long id = sentMessage("reporter@example.jp", "[MDG-2026-0044] Received");
        deliver(dsn("<dsn-listed@mx.example.jp>", messageIdOf(id)));
        deliver(("From: away@example.jp\r\nTo: " + PSIRT + "\r\nSubject: Out of office until Monday\r\n"
                + "Message-ID: <away-listed@example.jp>\r\nAuto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nI am away. " + SECRET_BODY + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        poller.poll();

        String page = page("/admin/inbound-mail", Role.PSIRT);
        assertThat(page).contains("Undelivered Mail Returned to Sender", "Out of office until Monday",
                ">bounce<", ">auto-reply<", "away@example.jp", "MAILER-DAEMON@mx.example.jp",
                "our message " + id + ": [MDG-2026-0044] Received", "#message-" + id);
        assertThat(page).doesNotContain(SECRET_BODY, "I am away");

        String bounces = page("/admin/inbound-mail?outcome=bounce", Role.ADMIN);
        assertThat(bounces).contains("Undelivered Mail Returned to Sender").doesNotContain("Out of office");
    }

    @Test
    void theReceivedMailPageShowsFiftyAtATimeNewestFirstAndLinksToTheOlderOnes() throws Exception {
        for (int i = 1; i <= InboundMailDesk.PAGE + 1; i++) {
            jdbc.sql("insert into inbound_mail (message_id, received_at, sender, subject, outcome) "
                    + "values (?, now(), 'big@example.jp', ?, 'too-large')")
                    .params("<paged-" + i + "@example.jp>", "paged-%03d".formatted(i)).update();
        }
        long oldest = jdbc.sql("select min(id) from inbound_mail where outcome = 'too-large'")
                .query(Long.class).single();

        String first = page("/admin/inbound-mail?outcome=too-large", Role.PSIRT);
        String older = "before=" + (oldest + 1) + "\" class=\"button secondary small\">Older<";
        assertThat(first).contains("paged-051", "paged-002", older)
                .doesNotContain("paged-001");
        assertThat(first.indexOf("paged-051")).isLessThan(first.indexOf("paged-002"));

        String second = page("/admin/inbound-mail?outcome=too-large&before=" + (oldest + 1), Role.PSIRT);
        assertThat(second).contains("paged-001", ">Newest<").doesNotContain("paged-002", ">Older<");
    }

    @Test
    void theReceivedMailPageIsNotFoundForADeveloperOrACoordinator() throws Exception {
        for (Role role : new Role[] {Role.DEVELOPER, Role.COORDINATOR}) {
            mvc.perform(get("/admin/inbound-mail").cookie(signedIn(role))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/admin/inbound-mail").cookie(signedIn(Role.PSIRT))).andExpect(status().isOk());
    }

    /** A message the outbox sent, as the sender leaves it; its Message-ID was fixed when it was queued. */
    private long sentMessage(String recipient, String subject) {
        long id = queue(recipient, Language.EN, subject, "Thank you for your report.", "r-" + recipient);
        jdbc.sql("update outbox_message set status = 'sent', sent_at = now(), attempts = 1 where id = ?")
                .param(id).update();
        return id;
    }

    private String messageIdOf(long id) {
        return jdbc.sql("select message_id from outbox_message where id = ?").param(id).query(String.class).single();
    }

    /** A bounce as Postfix writes it: multipart/report with the notice, the delivery status and the message. */
    private static byte[] dsn(String messageId, String returnedMessageId) {
        return ("""
                From: MAILER-DAEMON@mx.example.jp (Mail Delivery System)
                To: psirt@madoguchi.example
                Subject: Undelivered Mail Returned to Sender
                Message-ID: %s
                Auto-Submitted: auto-replied
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status;
                \tboundary="DSN-BOUNDARY"

                This is a MIME-encapsulated message.

                --DSN-BOUNDARY
                Content-Description: Notification
                Content-Type: text/plain; charset=us-ascii

                I'm sorry to have to inform you that your message could not be delivered. %s

                --DSN-BOUNDARY
                Content-Description: Delivery report
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example.jp
                Arrival-Date: Mon, 23 Nov 2026 15:00:00 +0900 (JST)

                Final-Recipient: rfc822; reporter@example.jp
                Original-Recipient: rfc822;reporter@example.jp
                Action: failed
                Status: 5.1.1
                Remote-MTA: dns; mail.example.jp
                Diagnostic-Code: smtp; 550 5.1.1 <reporter@example.jp>: Recipient address
                    rejected: User unknown

                --DSN-BOUNDARY
                Content-Description: Undelivered Message
                Content-Type: message/rfc822

                From: psirt@madoguchi.example
                To: reporter@example.jp
                Subject: [MDG-2026-0042] Received
                Message-ID: %s
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8

                Thank you for your report. %s

                --DSN-BOUNDARY--
                """.formatted(messageId, SECRET_BODY, returnedMessageId, SECRET_BODY))
                .replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private String page(String path, Role role) throws Exception {
        return mvc.perform(get(path).cookie(signedIn(role)).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private Cookie signedIn(Role role) throws Exception {
        String name = StaffFixtures.unique(role.name().toLowerCase());
        StaffFixtures.create(jdbc, name, role);
        return SignedIn.as(mvc, name);
    }

    private void deliver(byte[] raw) throws Exception {
        mailbox.deliver(ReceivedMailTests.parse(raw));
    }

    private void markAllUnseen() throws Exception {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", IMAP_PORT, "psirt", "mailbox-secret");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            for (var message : inbox.getMessages()) {
                message.setFlag(Flags.Flag.SEEN, false);
            }
            inbox.close(false);
        }
    }
}
