package dev.madoguchi.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.madoguchi.attachments.Attachments;
import dev.madoguchi.mail.MailReceived;
import dev.madoguchi.mail.ReceivedMail;
import dev.madoguchi.openpgp.PsirtKey;
import dev.madoguchi.openpgp.PsirtKeys;
import dev.madoguchi.testing.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 10: what the intake makes of mail to the PSIRT mailbox (the mail module's {@link MailReceived}): a report by
 * the form's path, OpenPGP included, or a message with its files in the report it answers.
 */
@SpringBootTest
@Import(PgpSamples.MovableTime.class)
class MailIntakeTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PsirtKeys keys;
    @Autowired
    MovableClock clock;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Attachments attachments;
    @Autowired
    ReporterThread thread;

    private static final ReceivedMail.Encryption PLAIN = ReceivedMail.Encryption.NONE;

    private PsirtKey current;

    @BeforeEach
    void aCurrentPsirtKey() {
        current = PgpSamples.onlyCurrentKey(jdbc, keys, clock);
    }

    @Test
    void anInlineArmoredMessageInTheMailIsOpenedAsOnTheForm() throws Exception {
        String armored = PgpSamples.encryptArmored(current.publicKey(), "Send the crafted packet to port 502.");
        receive(mail("inline@example.jp", "<inline@example.jp>", "Modbus crash", "Hello,\n" + armored, PLAIN,
                List.of()), null, null);

        Map<String, Object> report = reportFrom("inline@example.jp");
        assertThat(report.get("steps_to_reproduce")).asString().contains("Send the crafted packet to port 502.")
                .doesNotContain("BEGIN PGP MESSAGE");
        assertThat(report.get("text_opened_with")).isEqualTo(current.fingerprint());
        assertThat(report.get("channel")).isEqualTo("email");
    }

    @Test
    void anOpenPgpMimeMailNoKeyOpenedIsAReportThatSaysWhyWithTheEncryptedPartAttached() throws Exception {
        String otherKey = PgpSamples.armoredPublicKey(PgpSamples.reporterKey(null));
        byte[] encrypted = PgpSamples.encrypt(otherKey, "Content-Type: text/plain\r\n\r\nsecret steps"
                .getBytes(StandardCharsets.UTF_8), true);
        receive(mail("mime@example.jp", "<mime@example.jp>", "Encrypted report", "",
                ReceivedMail.Encryption.unopened("pgp.message.no-key"), List.of(new ReceivedMail.Attachment(
                        "encrypted.asc", "application/pgp-encrypted", encrypted))), null, null);

        Map<String, Object> report = reportFrom("mime@example.jp");
        assertThat(report.get("steps_to_reproduce")).isEqualTo(MailIntake.PGP_MIME_NOTE);
        assertThat(report.get("text_pgp_problem")).isEqualTo("pgp.message.no-key");
        assertThat(report.get("text_opened_with")).isNull();
        assertThat(report.get("pgp_attention")).isEqualTo(true);
        assertThat(jdbc.sql("select count(*) from report_attachment where report_id = ?").param(report.get("id"))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anOpenedOpenPgpMimeMailIsFiledWithItsPlaintextAndTheKeyThatOpenedIt() {
        receive(mail("opened@example.jp", "<opened@example.jp>", "暗号化した報告", "管理画面で①～③の順に操作すると落ちます。",
                ReceivedMail.Encryption.opened(current.fingerprint()), List.of(new ReceivedMail.Attachment(
                        "crash.log", "text/plain", "panic at 0x0".getBytes(StandardCharsets.UTF_8)))), null, null);

        Map<String, Object> report = reportFrom("opened@example.jp");
        assertThat(report.get("steps_to_reproduce")).isEqualTo("管理画面で①～③の順に操作すると落ちます。");
        assertThat(report.get("text_opened_with")).isEqualTo(current.fingerprint());
        assertThat(report.get("text_pgp_problem")).isNull();
        assertThat(report.get("pgp_attention")).isEqualTo(false);
        assertThat(report.get("language")).isEqualTo("ja");
        assertThat(storedFiles((Long) report.get("id"))).containsExactly("crash.log:panic at 0x0");
        assertThat(jdbc.sql("select summary from audit_event where action = 'report.mail-pgp-mime' "
                + "and object_id = ?").param(report.get("id").toString()).query(String.class).list())
                .singleElement().asString().contains(current.fingerprint());
    }

    @Test
    void anOpenedOpenPgpMimeReplyJoinsTheConversationWithItsPlaintextAndFiles() {
        receive(mail("reply@example.jp", "<reply-report@example.jp>", "Report", "Steps", PLAIN, List.of()), null,
                null);
        long reportId = (Long) reportFrom("reply@example.jp").get("id");

        receive(mail("reply@example.jp", "<reply-opened@example.jp>", "Re: Report", "ファームウェアは 1.2.3 です。",
                ReceivedMail.Encryption.opened(current.fingerprint()), List.of(new ReceivedMail.Attachment(
                        "crash.log", "text/plain", "panic at 0x0".getBytes(StandardCharsets.UTF_8)))),
                "report", Long.toString(reportId));

        assertThat(thread.messages(reportId)).singleElement().satisfies(m -> {
            assertThat(m.body()).isEqualTo("ファームウェアは 1.2.3 です。");
            assertThat(m.attachments()).extracting(file -> file.fileName()).containsExactly("crash.log");
        });
    }

    @Test
    void anOpenPgpMimeReplyNoKeyOpenedSaysWhyWithTheEncryptedPartAttached() {
        receive(mail("unopened@example.jp", "<unopened-report@example.jp>", "Report", "Steps", PLAIN, List.of()),
                null, null);
        long reportId = (Long) reportFrom("unopened@example.jp").get("id");

        receive(mail("unopened@example.jp", "<unopened-reply@example.jp>", "Re: Report", "",
                ReceivedMail.Encryption.unopened("pgp.message.no-key"), List.of(new ReceivedMail.Attachment(
                        "encrypted.asc", "application/pgp-encrypted", "not opened".getBytes(
                                StandardCharsets.US_ASCII)))), "report", Long.toString(reportId));

        assertThat(thread.messages(reportId)).singleElement().satisfies(m -> {
            assertThat(m.body()).startsWith(MailIntake.PGP_MIME_NOTE)
                    .contains("encrypted to a key that is not one of our PSIRT keys").contains("PSIRT 鍵ではない鍵");
            assertThat(m.attachments()).extracting(file -> file.fileName()).containsExactly("encrypted.asc");
        });
    }

    @Test
    void aReplyFromTheReporterJoinsTheConversationWithItsFiles() {
        receive(mail("files@example.jp", "<files-report@example.jp>", "Report", "Steps", PLAIN, List.of()), null,
                null);
        long reportId = (Long) reportFrom("files@example.jp").get("id");

        receive(mail("files@example.jp", "<files-reply@example.jp>", "Re: Report", "The log is attached.", PLAIN,
                List.of(new ReceivedMail.Attachment("crash.log", "text/plain", "panic at 0x0".getBytes(
                        StandardCharsets.UTF_8)))), "report", Long.toString(reportId));

        List<ReportMessage> messages = thread.messages(reportId);
        assertThat(messages).singleElement().satisfies(m -> {
            assertThat(m.body()).isEqualTo("The log is attached.");
            assertThat(m.attachments()).singleElement().satisfies(file -> {
                assertThat(file.fileName()).isEqualTo("crash.log");
                assertThat(attachments.read(file.id()).bytes()).asString(StandardCharsets.UTF_8)
                        .isEqualTo("panic at 0x0");
            });
        });
    }

    @Test
    void aReplyFromSomeoneElseIsLeftForAPersonAndATrackingNumberAloneJoinsNothing() {
        receive(mail("owner@example.jp", "<owner-report@example.jp>", "Report", "Steps", PLAIN, List.of()), null,
                null);
        Map<String, Object> report = reportFrom("owner@example.jp");
        long reportId = (Long) report.get("id");

        // the headers name our mail about the report, but the reporter did not write it
        MailReceived stranger = receive(mail("stranger@example.org", "<owner-stranger@example.org>", "Re: Report",
                "Let me in.", PLAIN, List.of()), "report", Long.toString(reportId));
        // a tracking number is sequential and printed in clear subjects: naming it proves nothing, so the mail is a
        // new report, not a message in the conversation, even with the reporter's address as its sender
        receive(mail("owner@example.jp", "<owner-forged@example.jp>", "More on " + report.get("tracking_number"),
                "Publish now.", PLAIN, List.of()), null, null);

        assertThat(stranger.taken()).isFalse();
        assertThat(thread.messages(reportId)).isEmpty();
        assertThat(jdbc.sql("select count(*) from report where reporter_email = 'stranger@example.org'")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from report where reporter_email = 'owner@example.jp'")
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aReplyToOurMailAboutSomethingElseIsNotFiledAsAReport() {
        receive(mail("coordinator@example.org", "<other@example.org>", "Re: advisory", "Fine.", PLAIN, List.of()),
                "advisory", "42");

        assertThat(jdbc.sql("select count(*) from report where reporter_email = 'coordinator@example.org'")
                .query(Long.class).single()).isZero();
    }

    private MailReceived receive(ReceivedMail mail, String referenceType, String referenceId) {
        MailReceived received = new MailReceived(mail, referenceType, referenceId);
        transaction.executeWithoutResult(tx -> events.publishEvent(received));
        return received;
    }

    private Map<String, Object> reportFrom(String email) {
        return jdbc.sql("select * from report where reporter_email = ?").param(email).query().singleRow();
    }

    /** Each stored file of the report as name:content. */
    private List<String> storedFiles(long reportId) {
        return jdbc.sql("select attachment_id from report_attachment where report_id = ?").param(reportId)
                .query(Long.class).list().stream().map(id -> attachments.read(id)).map(file -> file.info().fileName()
                        + ":" + new String(file.bytes(), StandardCharsets.UTF_8)).toList();
    }

    private static ReceivedMail mail(String from, String messageId, String subject, String text,
            ReceivedMail.Encryption encryption, List<ReceivedMail.Attachment> files) {
        return new ReceivedMail(messageId, List.of(), List.of(), from, List.of("psirt@example.com"), subject, text,
                files, Instant.now(), encryption);
    }
}
