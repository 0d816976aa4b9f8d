package dev.madoguchi.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.madoguchi.attachments.Attachments;
import dev.madoguchi.openpgp.PsirtKey;
import dev.madoguchi.openpgp.PsirtKeys;
import dev.madoguchi.testing.MovableClock;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 10, end to end over real SMTP and IMAP (GreenMail in the test JVM): a reporter's mail encrypted to the PSIRT
 * key, with their public key attached, becomes a report with the opened text and their key; the acknowledgment
 * reaches their mailbox encrypted to them and signed by us; their reply to it joins the report's conversation.
 * OpenPGP/MIME mail (RFC 3156 §4) is filed decrypted, or kept encrypted with why when no PSIRT key opens it. The
 * scheduled jobs are off: the test runs the mailbox poll and the outbox sender itself, in the order a desk would.
 */
@SpringBootTest(properties = "db-scheduler.enabled=false")
@Import(PgpSamples.MovableTime.class)
class EncryptedMailRoundTripTests {

    private static final int SMTP_PORT = freePort();
    private static final int IMAP_PORT = freePort();
    private static final String PSIRT = "psirt@madoguchi.example";
    private static final String REPORTER = "reporter@example.jp";
    private static final String JAPANESE_STEPS = "管理画面で①～③の順に操作すると\nルーターが再起動します。\n";

    @DynamicPropertySource
    static void theTestMailServer(DynamicPropertyRegistry registry) {
        registry.add("madoguchi.mail.host", () -> "127.0.0.1");
        registry.add("madoguchi.mail.port", () -> SMTP_PORT);
        registry.add("madoguchi.mail.security", () -> "none");
        registry.add("madoguchi.mail.from", () -> PSIRT);
        registry.add("madoguchi.mail.imap.host", () -> "127.0.0.1");
        registry.add("madoguchi.mail.imap.port", () -> IMAP_PORT);
        registry.add("madoguchi.mail.imap.security", () -> "none");
        registry.add("madoguchi.mail.imap.username", () -> "psirt");
        registry.add("madoguchi.mail.imap.password", () -> "mailbox-secret");
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PsirtKeys keys;
    @Autowired
    MovableClock clock;
    @Autowired
    ApplicationContext context;
    @Autowired
    ReporterThread thread;
    @Autowired
    Attachments attachments;

    GreenMail server;
    PsirtKey current;
    PGPSecretKeyRing reporterKey;

    @BeforeEach
    void aMailServerAndKeys() throws Exception {
        server = new GreenMail(new ServerSetup[] {new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        server.start();
        server.setUser(PSIRT, "psirt", "mailbox-secret");
        server.setUser(REPORTER, "reporter", "reporter-secret");
        jdbc.sql("delete from outbox_message").update();
        current = PgpSamples.onlyCurrentKey(jdbc, keys, clock);
        reporterKey = PgpSamples.reporterKey(Date.from(Instant.now().plus(Duration.ofDays(1))));
        // PGPainless dates the reporter's key by the machine's clock: the desk's clock must not be behind it
        clock.moveTo(Instant.now().plus(Duration.ofMinutes(1)));
    }

    @AfterEach
    void stopTheServer() {
        server.stop();
    }

    @Test
    void anEncryptedMailWithTheReportersKeyIsAnsweredEncryptedAndTheirReplyJoinsTheCase() throws Exception {
        String armoredKey = PgpSamples.armoredPublicKey(reporterKey);
        send(REPORTER, "Modbus crash", "Hello,\n" + PgpSamples.encryptArmored(current.publicKey(),
                "Send the crafted packet to port 502."), null, keyFile(armoredKey, "application/pgp-keys"));

        call("dev.madoguchi.mail.MailboxPoller", "poll");

        Map<String, Object> report = reportFrom(REPORTER);
        long reportId = (Long) report.get("id");
        assertThat(report.get("steps_to_reproduce")).asString().contains("Send the crafted packet to port 502.")
                .doesNotContain("BEGIN PGP MESSAGE");
        assertThat(report.get("pgp_public_key")).asString().isEqualToNormalizingNewlines(armoredKey.strip());
        assertThat(storedFiles(reportId)).isZero();

        call("dev.madoguchi.mail.OutboxSender", "sendDue");

        MimeMessage acknowledgment = onlyMailTo(REPORTER);
        String body = ((String) acknowledgment.getContent()).strip();
        assertThat(body).startsWith("-----BEGIN PGP MESSAGE-----");
        assertThat(PgpSamples.decryptAndVerify(body, reporterKey, current.publicKey()))
                .contains((String) report.get("tracking_number"));

        send(REPORTER, "Re: " + acknowledgment.getSubject(), "The firmware is 1.2.3.",
                acknowledgment.getMessageID(), null);
        call("dev.madoguchi.mail.MailboxPoller", "poll");

        assertThat(thread.messages(reportId)).extracting(ReportMessage::author, ReportMessage::body)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("reporter", "The firmware is 1.2.3."));
        assertThat(jdbc.sql("select count(*) from case_report where report_id = ?").param(reportId)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from report where reporter_email = ?").param(REPORTER)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anExpiredKeyIsKeptAsAnAttachmentAndTheReportGoesOnWithoutAKey() throws Exception {
        String expiredKey = PgpSamples.armoredPublicKey(reporterKey);
        clock.advance(Duration.ofDays(2));
        send("expired@example.jp", "Router overflow", "Send 5000 bytes to port 80.", null,
                keyFile(expiredKey, "application/octet-stream"));

        call("dev.madoguchi.mail.MailboxPoller", "poll");

        Map<String, Object> report = reportFrom("expired@example.jp");
        assertThat(report.get("pgp_public_key")).isNull();
        assertThat(report.get("steps_to_reproduce")).isEqualTo("Send 5000 bytes to port 80.");
        assertThat(storedFiles((Long) report.get("id"))).isEqualTo(1);
    }

    @Test
    void aPgpMimeMailIsFiledWithItsDecryptedJapaneseTextAndAttachment() throws Exception {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(JAPANESE_STEPS, "UTF-8");
        MimeBodyPart log = new MimeBodyPart();
        log.setText("panic at 0x0\n", "UTF-8");
        log.setFileName("crash.log");
        log.setDisposition(MimeBodyPart.ATTACHMENT);
        sendPgpMime("mime@example.jp", "暗号化した報告", PgpSamples.encrypt(current.publicKey(),
                entity(new MimeMultipart(text, log)), true));

        call("dev.madoguchi.mail.MailboxPoller", "poll");

        Map<String, Object> report = reportFrom("mime@example.jp");
        assertThat(report.get("steps_to_reproduce")).asString()
                .isEqualToNormalizingNewlines(JAPANESE_STEPS.strip());
        assertThat(report.get("text_opened_with")).isEqualTo(current.fingerprint());
        assertThat(report.get("pgp_attention")).isEqualTo(false);
        assertThat(files((Long) report.get("id"))).containsExactly(Map.entry("crash.log", "panic at 0x0\n"));
    }

    @Test
    void aPgpMimeMailToAnotherKeyIsKeptEncryptedWithWhy() throws Exception {
        byte[] ciphertext = PgpSamples.encrypt(PgpSamples.armoredPublicKey(reporterKey),
                entity(new MimeMultipart(textPart("secret steps"))), true);
        sendPgpMime("unknown-key@example.jp", "Encrypted report", ciphertext);

        call("dev.madoguchi.mail.MailboxPoller", "poll");

        Map<String, Object> report = reportFrom("unknown-key@example.jp");
        assertThat(report.get("steps_to_reproduce")).isEqualTo(MailIntake.PGP_MIME_NOTE);
        assertThat(report.get("text_pgp_problem")).isEqualTo("pgp.message.no-key");
        assertThat(report.get("pgp_attention")).isEqualTo(true);
        assertThat(files((Long) report.get("id"))).singleElement().satisfies(file -> {
            assertThat(file.getKey()).isEqualTo("encrypted.asc");
            // as it came, but for the line ends SMTP sends (RFC 5321 §2.3.8)
            assertThat(file.getValue().strip()).isEqualToNormalizingNewlines(
                    new String(ciphertext, StandardCharsets.US_ASCII).strip());
        });
    }

    private static MimeBodyPart textPart(String text) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, "UTF-8");
        return part;
    }

    /** The MIME entity a mail program encrypts (RFC 3156 §4): the parts' headers and content, as it would send them. */
    private static byte[] entity(MimeMultipart content) throws Exception {
        MimeMessage carrier = new MimeMessage(Session.getInstance(new Properties()));
        carrier.setContent(content);
        carrier.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        carrier.writeTo(out);
        return out.toByteArray();
    }

    /** Sends as Thunderbird or Enigmail would: multipart/encrypted, a version part, the armored data (RFC 3156 §4). */
    private void sendPgpMime(String from, String subject, byte[] armored) throws Exception {
        MimeBodyPart version = new MimeBodyPart();
        version.setContent("Version: 1\r\n", "application/pgp-encrypted");
        MimeBodyPart data = new MimeBodyPart();
        data.setDataHandler(new DataHandler(new ByteArrayDataSource(armored, "application/octet-stream")));
        data.setFileName("encrypted.asc");
        data.setDisposition(MimeBodyPart.INLINE);
        MimeMessage message = new MimeMessage(smtp());
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(PSIRT));
        message.setSubject(subject, "UTF-8");
        message.setContent(new MimeMultipart("encrypted; protocol=\"application/pgp-encrypted\"", version, data));
        Transport.send(message);
    }

    private static MimeBodyPart keyFile(String armoredKey, String contentType) throws Exception {
        MimeBodyPart key = new MimeBodyPart();
        key.setContent(armoredKey, contentType);
        key.setFileName("reporter.asc");
        key.setDisposition(MimeBodyPart.ATTACHMENT);
        return key;
    }

    /** Sends as the reporter's own mail client would, through the server's SMTP, to the PSIRT address. */
    private void send(String from, String subject, String text, String inReplyTo, MimeBodyPart file)
            throws Exception {
        MimeMessage message = new MimeMessage(smtp());
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(PSIRT));
        message.setSubject(subject, "UTF-8");
        if (inReplyTo != null) {
            message.setHeader("In-Reply-To", inReplyTo);
            message.setHeader("References", inReplyTo);
        }
        if (file == null) {
            message.setText(text, "UTF-8");
        } else {
            MimeBodyPart body = new MimeBodyPart();
            body.setText(text, "UTF-8");
            message.setContent(new MimeMultipart(body, file));
        }
        Transport.send(message);
    }

    private static Session smtp() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(SMTP_PORT));
        return Session.getInstance(properties);
    }

    private MimeMessage onlyMailTo(String recipient) throws Exception {
        List<MimeMessage> received = List.of(server.getReceivedMessagesForDomain(recipient.split("@")[1]));
        assertThat(received).hasSize(1);
        return received.get(0);
    }

    /** The mail module's jobs are its own (package-private); the test runs them as the scheduler would. */
    private void call(String type, String method) throws Exception {
        Class<?> job = Class.forName(type);
        Method run = job.getDeclaredMethod(method);
        run.setAccessible(true);
        run.invoke(context.getBean(job));
    }

    private Map<String, Object> reportFrom(String email) {
        return jdbc.sql("select * from report where reporter_email = ?").param(email).query().singleRow();
    }

    /** The report's stored files, name to content. */
    private List<Map.Entry<String, String>> files(long reportId) {
        return jdbc.sql("select attachment_id from report_attachment where report_id = ?").param(reportId)
                .query(Long.class).list().stream().map(attachments::read).map(file -> Map.entry(
                        file.info().fileName(), new String(file.bytes(), StandardCharsets.UTF_8))).toList();
    }

    private long storedFiles(long reportId) {
        return jdbc.sql("select count(*) from report_attachment where report_id = ?").param(reportId)
                .query(Long.class).single();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
