package dev.madoguchi.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.madoguchi.intake.ReportMessage;
import dev.madoguchi.intake.ReporterThread;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 10: mail to the PSIRT mailbox (GreenMail's IMAP server in the test JVM) becomes a report, or a message in the
 * report it answers when the reporter sent it; automatic mail becomes neither; each message is handled once.
 */
@SpringBootTest
@Import(SmtpServerUnderTest.Time.class)
class InboundMailTests extends SmtpServerUnderTest {

    private static final int IMAP_PORT = freePort();
    private static final String PSIRT = "psirt@madoguchi.example";

    @DynamicPropertySource
    static void readTheTestMailbox(DynamicPropertyRegistry registry) {
        registry.add("madoguchi.mail.imap.host", () -> "127.0.0.1");
        registry.add("madoguchi.mail.imap.port", () -> IMAP_PORT);
        registry.add("madoguchi.mail.imap.security", () -> "none");
        registry.add("madoguchi.mail.imap.username", () -> "psirt");
        registry.add("madoguchi.mail.imap.password", () -> "mailbox-secret");
        registry.add("madoguchi.mail.imap.max-size", () -> "64KB");
        // acknowledgments stay queued: this context's sender must not deliver to another test class's SMTP server
        registry.add("madoguchi.mail.enabled", () -> "false");
    }

    @Autowired
    MailboxPoller poller;
    @Autowired
    ReporterThread thread;

    GreenMailUser mailbox;

    /** An IMAP server only, holding the PSIRT mailbox. */
    @Override
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        smtp.start();
        mailbox = smtp.setUser(PSIRT, "psirt", "mailbox-secret");
    }

    @Test
    void mailToThePsirtMailboxBecomesAReportWithACaseOnceEvenWhenPolledAgain() throws Exception {
        deliver(raw("finder@example.jp", "<first@example.jp>", "", "Buffer overflow in the router",
                "Send 5000 bytes to port 80.", ""));

        poller.poll();
        poller.poll();
        markAllUnseen(); // as after a crash between the commit and marking the message seen
        poller.poll();

        long reportId = reportFrom("finder@example.jp");
        assertThat(reportsFrom("finder@example.jp")).isEqualTo(1);
        assertThat(jdbc.sql("select channel || '|' || title || '|' || steps_to_reproduce from report where id = ?")
                .param(reportId).query(String.class).single())
                .isEqualTo("email|Buffer overflow in the router|Send 5000 bytes to port 80.");
        assertThat(jdbc.sql("select tracking_number from report where id = ?").param(reportId)
                .query(String.class).single()).matches("MDG-\\d{4}-\\d+");
        assertThat(jdbc.sql("select count(*) from case_report where report_id = ?").param(reportId)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from outbox_message where reference_type = 'report' "
                + "and reference_id = ? and category = 'report-confirmation' and recipient = 'finder@example.jp'")
                .param(Long.toString(reportId)).query(Long.class).single()).isEqualTo(1);
        assertThat(unseen()).isZero();
    }

    @Test
    void aReplyToOurAcknowledgmentFromTheReporterJoinsTheReportsConversation() throws Exception {
        long reportId = fileReport("reporter@example.jp", "<report-for-reply@example.jp>");

        deliver(raw("Reporter@Example.jp", "<reply@example.jp>", acknowledgmentOf(reportId), "Re: ack",
                "Here is the firmware version: 1.2.3", ""));
        poller.poll();

        assertThat(thread.messages(reportId)).extracting(ReportMessage::author, ReportMessage::body)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("reporter",
                        "Here is the firmware version: 1.2.3"));
        assertThat(reportsFrom("reporter@example.jp")).isEqualTo(1);
    }

    @Test
    void theSameReplyFromAnotherAddressIsRecordedButNotAddedToTheCase() throws Exception {
        long reportId = fileReport("reporter2@example.jp", "<report-for-stranger@example.jp>");

        deliver(raw("stranger@example.com", "<stranger@example.com>", acknowledgmentOf(reportId), "Re: ack",
                "Please close this report, it is a mistake.", ""));
        poller.poll();

        assertThat(thread.messages(reportId)).isEmpty();
        assertThat(reportsFrom("stranger@example.com")).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'report.mail-not-from-reporter'")
                .query(Long.class).single()).isEqualTo(1);
        // nobody took it: it stays unseen in the mailbox for a person, and is listed so
        assertThat(jdbc.sql("select outcome from inbound_mail where message_id = '<stranger@example.com>'")
                .query(String.class).single()).isEqualTo("unclaimed");
        assertThat(unseen()).isEqualTo(1);
        poller.poll();
        assertThat(unseen()).isEqualTo(1);
    }

    @Test
    void aReplyWhoseProgramDroppedTheHeadersIsMatchedByTheTagInItsSubjectAndAForgedTagIsNot() throws Exception {
        long reportId = fileReport("tagged@example.jp", "<report-for-tag@example.jp>");
        String messageId = jdbc.sql("select message_id from outbox_message where reference_type = 'report' "
                + "and reference_id = ? and category = 'report-confirmation'").param(Long.toString(reportId))
                .query(String.class).single();
        long outboxId = jdbc.sql("select id from outbox_message where message_id = ?").param(messageId)
                .query(Long.class).single();
        String tag = ReplyTag.subject("", messageId).strip();
        assertThat(tag).isEqualTo("[ref:" + outboxId + "-" + messageId.substring(messageId.indexOf('.') + 1,
                messageId.indexOf('.') + 13) + "]");

        deliver(raw("tagged@example.jp", "<tagged-reply@example.jp>", "", "Re: We received it " + tag,
                "The firmware is 1.2.3.", ""));
        deliver(raw("tagged@example.jp", "<tagged-forged@example.jp>", "", "Re: [ref:" + outboxId
                + "-000000000000]", "Publish now.", ""));
        poller.poll();

        assertThat(thread.messages(reportId)).extracting(ReportMessage::body).containsExactly("The firmware is 1.2.3.");
        assertThat(reportsFrom("tagged@example.jp")).isEqualTo(2);
    }

    @Test
    void anAutoReplyAndABounceAreRecordedButNotTurnedIntoReports() throws Exception {
        deliver(raw("away@example.jp", "<away@example.jp>", "", "Out of office",
                "I am away until Monday.", "Auto-Submitted: auto-replied\r\n"));
        deliver(raw("MAILER-DAEMON@mx.example.jp", "<bounce@mx.example.jp>", "", "Undelivered Mail",
                "The mail could not be delivered.", "Return-Path: <>\r\n"));

        poller.poll();

        assertThat(reportsFrom("away@example.jp") + reportsFrom("MAILER-DAEMON@mx.example.jp")).isZero();
        assertThat(jdbc.sql("select outcome from inbound_mail where message_id in ('<away@example.jp>', "
                + "'<bounce@mx.example.jp>') order by message_id").query(String.class).list())
                .containsExactly("auto-reply", "bounce");
    }

    @Test
    void japaneseMailInIso2022JpAndShiftJisKeepsItsSubjectAndBodyInTheReport() throws Exception {
        deliver(ReceivedMailTests.japanese("ISO-2022-JP", "7bit"));
        deliver(ReceivedMailTests.japanese("Shift_JIS", "base64"));

        poller.poll();

        assertThat(jdbc.sql("select title || '|' || steps_to_reproduce || '|' || language from report "
                + "where reporter_email = 'taro@example.jp' order by id")
                .query(String.class).list()).containsExactly(
                        ReceivedMailTests.SUBJECT + "|" + ReceivedMailTests.BODY.strip() + "|ja",
                        ReceivedMailTests.SUBJECT + "|" + ReceivedMailTests.BODY.strip() + "|ja");
    }

    @Test
    void aMessageOverTheLimitIsRecordedAndLeftUnseenForAPersonNotFiled() throws Exception {
        deliver(raw("big@example.jp", "<big@example.jp>", "", "Full memory dump", "A".repeat(100_000), ""));
        poller.poll();
        deliver(raw("small@example.jp", "<small@example.jp>", "", "Small report", "Steps.", ""));
        poller.poll();

        assertThat(reportsFrom("big@example.jp")).isZero();
        assertThat(reportsFrom("small@example.jp")).isEqualTo(1);
        assertThat(jdbc.sql("select outcome from inbound_mail where message_id = '<big@example.jp>'")
                .query(String.class).single()).isEqualTo("too-large");
        assertThat(unseen()).isEqualTo(1);
    }

    private long fileReport(String from, String messageId) throws Exception {
        deliver(raw(from, messageId, "", "XSS in the admin page", "Open /admin?q=<script>", ""));
        poller.poll();
        return reportFrom(from);
    }

    private String acknowledgmentOf(long reportId) {
        return "In-Reply-To: " + jdbc.sql("select message_id from outbox_message where reference_type = 'report' "
                + "and reference_id = ? and category = 'report-confirmation'").param(Long.toString(reportId))
                .query(String.class).single() + "\r\n";
    }

    private long reportsFrom(String email) {
        return jdbc.sql("select count(*) from report where lower(reporter_email) = lower(?)").param(email)
                .query(Long.class).single();
    }

    private long reportFrom(String email) {
        return jdbc.sql("select id from report where lower(reporter_email) = lower(?)").param(email)
                .query(Long.class).single();
    }

    private static byte[] raw(String from, String messageId, String extraHeaders, String subject, String body,
            String automatic) {
        return ("From: " + from + "\r\nTo: " + PSIRT + "\r\nSubject: " + subject + "\r\nMessage-ID: " + messageId
                + "\r\n" + extraHeaders + automatic + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                + "\r\n" + body + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private void deliver(byte[] raw) throws Exception {
        mailbox.deliver(ReceivedMailTests.parse(raw));
    }

    private int unseen() throws Exception {
        try (Store store = imap()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            return inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false)).length;
        }
    }

    private void markAllUnseen() throws Exception {
        try (Store store = imap()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            for (var message : inbox.getMessages()) {
                message.setFlag(Flags.Flag.SEEN, false);
            }
            inbox.close(false);
        }
    }

    private Store imap() throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", IMAP_PORT, "psirt", "mailbox-secret");
        return store;
    }
}
