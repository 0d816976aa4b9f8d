package dev.madoguchi.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import dev.madoguchi.intake.PgpSamples;
import dev.madoguchi.openpgp.PsirtKey;
import dev.madoguchi.openpgp.PsirtKeys;
import dev.madoguchi.shared.Language;
import dev.madoguchi.testing.MovableClock;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 9: a message with a recipient key is queued encrypted to it and signed by the PSIRT key; one without goes as
 * is; a key that can no longer be used gets the plain body, and the row says so.
 */
@SpringBootTest
@Import(PgpSamples.MovableTime.class)
class OutboxEncryptionTests {

    @Autowired
    Outbox outbox;
    @Autowired
    PsirtKeys keys;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    MovableClock clock;

    private PsirtKey psirt;

    @BeforeEach
    void aCurrentPsirtKey() {
        psirt = PgpSamples.onlyCurrentKey(jdbc, keys, clock);
    }

    private QueuedMail queue(String reference, OutgoingMail mail) {
        transaction.executeWithoutResult(tx -> outbox.queue(mail));
        List<QueuedMail> queued = outbox.about("test", reference);
        assertThat(queued).hasSize(1);
        return queued.get(0);
    }

    private static OutgoingMail mail(String reference) {
        return new OutgoingMail("reporter@example.jp", Language.EN, "report-news", "[MDG-2026-0001] News",
                "There is news; see your status page.", "test", reference);
    }

    @Test
    void aMessageWithARecipientKeyIsQueuedEncryptedToItAndSignedByThePsirtKey() throws Exception {
        PGPSecretKeyRing reporter = PgpSamples.reporterKey(null);
        QueuedMail queued = queue("encrypted", mail("encrypted").withRecipientKey(
                PgpSamples.armoredPublicKey(reporter), "The reply itself: the overflow is confirmed."));
        assertThat(queued.encryption()).isEqualTo("encrypted");
        assertThat(queued.body()).startsWith("-----BEGIN PGP MESSAGE-----").doesNotContain("overflow");
        assertThat(PgpSamples.decryptAndVerify(queued.body(), reporter, psirt.publicKey()))
                .isEqualTo("The reply itself: the overflow is confirmed.");
        assertThat(queued.subject()).isEqualTo("[MDG-2026-0001] News");
    }

    @Test
    void aMessageWithoutARecipientKeyIsQueuedAsIs() {
        QueuedMail queued = queue("plain", mail("plain").withRecipientKey("  "));
        assertThat(queued.encryption()).isEqualTo("none");
        assertThat(queued.body()).isEqualTo("There is news; see your status page.");
    }

    @Test
    void aKeyThatExpiredSinceItWasGivenGetsThePlainBodyAndTheRowSaysWhy() throws Exception {
        PGPSecretKeyRing reporter = PgpSamples.reporterKey(Date.from(Instant.now().plus(Duration.ofDays(1))));
        clock.advance(Duration.ofDays(2));
        QueuedMail queued = queue("expired", mail("expired").withRecipientKey(PgpSamples.armoredPublicKey(reporter),
                "The reply itself: the overflow is confirmed."));
        assertThat(queued.encryption()).isEqualTo("key-unusable");
        assertThat(queued.body()).isEqualTo("There is news; see your status page.");
    }
}
