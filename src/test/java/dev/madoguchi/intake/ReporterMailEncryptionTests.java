package dev.madoguchi.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import dev.madoguchi.intake.IntakeFixtures.Submitted;
import dev.madoguchi.mail.Outbox;
import dev.madoguchi.mail.QueuedMail;
import dev.madoguchi.openpgp.PsirtKey;
import dev.madoguchi.openpgp.PsirtKeys;
import dev.madoguchi.testing.MovableClock;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 9: every e-mail to a reporter who gave a public key is encrypted to it and signed by the PSIRT key, and
 * then carries the reply itself; a reporter without a key, or whose key expired since, gets the mails as before.
 */
@SpringBootTest
@Import(PgpSamples.MovableTime.class)
@AutoConfigureMockMvc
class ReporterMailEncryptionTests {

    private static final String REPLY = "We reproduced the overflow in firmware 1.08J.";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PsirtKeys keys;
    @Autowired
    Outbox outbox;
    @Autowired
    ReporterThread thread;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    MovableClock clock;

    private PsirtKey psirt;

    @BeforeEach
    void aCurrentPsirtKey() {
        psirt = PgpSamples.onlyCurrentKey(jdbc, keys, clock);
    }

    private long submitWithKey(String publicKey) throws Exception {
        Map<String, String> fields = ReportSamples.formFields();
        if (publicKey != null) {
            fields.put("reporter.pgpPublicKey", publicKey);
        }
        Submitted submitted = IntakeFixtures.submit(mvc, fields);
        return jdbc.sql("select id from report where tracking_number = ?").param(submitted.trackingNumber())
                .query(Long.class).single();
    }

    private List<QueuedMail> replyAndReadMails(long reportId) {
        transaction.executeWithoutResult(tx -> thread.replyFromPsirt(reportId, "psirt-member", REPLY));
        return outbox.about("report", Long.toString(reportId));
    }

    @Test
    void aReporterWithAKeyGetsEveryMailEncryptedToItSignedByUsAndTheReplyItself() throws Exception {
        PGPSecretKeyRing reporter = PgpSamples.reporterKey(null);
        long reportId = submitWithKey(PgpSamples.armoredPublicKey(reporter));
        List<QueuedMail> mails = replyAndReadMails(reportId);

        assertThat(mails).extracting(QueuedMail::category).containsExactly("report-confirmation", "report-news");
        assertThat(mails).extracting(QueuedMail::encryption).containsOnly("encrypted");
        assertThat(mails).allSatisfy(mail -> assertThat(mail.body()).startsWith("-----BEGIN PGP MESSAGE-----"));
        assertThat(PgpSamples.decryptAndVerify(mails.get(0).body(), reporter, psirt.publicKey()))
                .contains("Thank you for your vulnerability report", "/r/");
        assertThat(PgpSamples.decryptAndVerify(mails.get(1).body(), reporter, psirt.publicKey()))
                .contains("There is a new message from", REPLY);
    }

    @Test
    void aReporterWithoutAKeyGetsThePlainMailsWithoutTheReply() throws Exception {
        long reportId = submitWithKey(null);
        List<QueuedMail> mails = replyAndReadMails(reportId);

        assertThat(mails).extracting(QueuedMail::encryption).containsOnly("none");
        assertThat(mails.get(0).body()).contains("Thank you for your vulnerability report",
                "For your protection this e-mail does not repeat the details of your report.");
        assertThat(mails.get(1).body()).contains("For your protection this e-mail does not repeat the message.")
                .doesNotContain(REPLY);
    }

    @Test
    void aKeyThatExpiredSinceIntakeGetsOnlyTheNewsThatThereIsNewsAndTheRowSaysWhy() throws Exception {
        PGPSecretKeyRing reporter = PgpSamples.reporterKey(Date.from(Instant.now().plus(Duration.ofDays(1))));
        long reportId = submitWithKey(PgpSamples.armoredPublicKey(reporter));
        clock.advance(Duration.ofDays(2));
        List<QueuedMail> mails = replyAndReadMails(reportId);

        assertThat(mails).extracting(QueuedMail::encryption).containsExactly("encrypted", "key-unusable");
        assertThat(mails.get(1).body()).contains("For your protection this e-mail does not repeat the message.")
                .doesNotContain(REPLY).doesNotContain("BEGIN PGP");
    }
}
