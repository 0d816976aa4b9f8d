package dev.madoguchi.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.madoguchi.shared.Language;
import dev.madoguchi.shared.SqlInstants;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/** Issue 10: the outbox delivered by SMTP, once, in the right encoding and threaded. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SmtpServerUnderTest.Time.class)
class OutboxDeliveryTests extends SmtpServerUnderTest {

    @Test
    void aQueuedMessageIsDeliveredOnceWithItsStoredMessageId() throws Exception {
        long id = queue("reporter@example.jp", Language.EN, "[MDG-2026-0001] News", "There is news.", "r1");
        String messageId = jdbc.sql("select message_id from outbox_message where id = ?").param(id)
                .query(String.class).single();

        sender.sendDue();
        sender.sendDue();

        assertThat(received()).hasSize(1);
        MimeMessage mail = received().get(0);
        assertThat(mail.getHeader("Message-ID")).containsExactly(messageId);
        assertThat(messageId).matches("<outbox-" + id + "\\.[0-9a-f]+@madoguchi\\.example>");
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("psirt@madoguchi.example");
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("reporter@example.jp");
        // the reply tag: the outbox id and the first 48 bits of the Message-ID's random part
        assertThat(mail.getSubject()).isEqualTo("[MDG-2026-0001] News [ref:" + id + "-"
                + messageId.substring(messageId.indexOf('.') + 1, messageId.indexOf('.') + 13) + "]");
        assertThat(mail.getContent()).asString().isEqualToIgnoringNewLines("There is news.");
        assertThat(statusOf(id)).isEqualTo("sent");
        assertThat(jdbc.sql("select sent_at from outbox_message where id = ?").param(id).query(Instant.class)
                .single()).isNotNull();
    }

    @Test
    void japaneseSubjectBodyAndDisplayNameArriveIntactInUtf8AndMimeEncodedHeaders() throws Exception {
        String subject = "[MDG-2026-0002] 脆弱性のご報告についてのお知らせ（長い件名でも折り返されて正しく復元されること）";
        String body = "脆弱性のご報告ありがとうございます。\n受付番号：MDG-2026-0002\n～①②ー—\n";
        queue("reporter@example.jp", Language.JA, subject, body, "r2");

        sender.sendDue();

        MimeMessage mail = received().get(0);
        assertThat(mail.getHeader("Subject")[0]).startsWith("=?UTF-8?");
        assertThat(mail.getSubject()).startsWith(subject + " [ref:");
        assertThat(mail.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(mail.getEncoding()).isIn("base64", "quoted-printable");
        assertThat(((String) mail.getContent()).replace("\r\n", "\n")).isEqualTo(body);
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("株式会社窓口 PSIRT");
        assertThat(mail.getHeader("From")[0]).doesNotContain("株式会社");
        assertThat(mail.getContentLanguage()).containsExactly("ja");
    }

    @Test
    void anArmoredPgpBodyGoesAsItIs() throws Exception {
        String armored = "-----BEGIN PGP MESSAGE-----\n\nhQEMA1234567890abcdefABCDEF+/=\n=abcd\n-----END PGP MESSAGE-----\n";
        queue("reporter@example.jp", Language.JA, "[MDG-2026-0003] お知らせ", armored, "r3");

        sender.sendDue();

        assertThat(((String) received().get(0).getContent()).replace("\r\n", "\n").strip()).isEqualTo(armored.strip());
    }

    @Test
    void duringAnSmtpOutageMessagesStayQueuedAndAfterItEachArrivesExactlyOnce() throws Exception {
        smtp.stop();
        List<Long> ids = List.of(queue("a@example.jp", Language.EN, "one", "1", "o1"),
                queue("b@example.jp", Language.JA, "二", "2", "o2"), queue("c@example.jp", Language.EN, "three", "3", "o3"));
        Instant failedAt = clock.instant();

        sender.sendDue();

        for (long id : ids) {
            assertThat(statusOf(id)).isEqualTo("queued");
            assertThat(attempts(id)).isEqualTo(1);
            assertThat(nextAttempt(id)).isEqualTo(failedAt.plus(Duration.ofSeconds(30)));
            assertThat(lastError(id)).isNotBlank();
        }
        clock.advance(Duration.ofSeconds(10));
        sender.sendDue();
        assertThat(attempts(ids.get(0))).as("not due yet").isEqualTo(1);

        clock.advance(Duration.ofSeconds(25));
        Instant secondFailure = clock.instant();
        sender.sendDue();
        assertThat(attempts(ids.get(0))).isEqualTo(2);
        assertThat(nextAttempt(ids.get(0))).as("backoff doubles").isEqualTo(secondFailure.plus(Duration.ofMinutes(1)));

        startSmtp();
        clock.advance(Duration.ofHours(1));
        sender.sendDue();
        sender.sendDue();

        assertThat(received()).hasSize(3);
        assertThat(received()).extracting(m -> m.getHeader("Message-ID")[0]).doesNotHaveDuplicates();
        assertThat(ids).allSatisfy(id -> assertThat(statusOf(id)).isEqualTo("sent"));
    }

    @Test
    void aMessageFailingForThreeDaysIsGivenUp() {
        smtp.stop();
        long id = queue("a@example.jp", Language.EN, "one", "1", "g1");
        sender.sendDue();
        jdbc.sql("update outbox_message set failing_since = ?, next_attempt_at = ? where id = ?")
                .params(SqlInstants.toSql(clock.instant().minus(Duration.ofDays(3))),
                        SqlInstants.toSql(clock.instant()), id).update();

        sender.sendDue();

        assertThat(statusOf(id)).isEqualTo("failed");
        assertThat(attempts(id)).isEqualTo(2);
    }

    @Test
    void aRecipientThatIsNoAddressFailsAtOnceAndTheOthersStillGo() {
        long broken = queue("reporter at example dot jp", Language.EN, "broken", "1", "b1");
        long fine = queue("reporter@example.jp", Language.EN, "fine", "2", "b2");

        sender.sendDue();

        assertThat(statusOf(broken)).isEqualTo("failed");
        assertThat(lastError(broken)).isNotBlank();
        assertThat(statusOf(fine)).isEqualTo("sent");
        assertThat(received()).hasSize(1);
    }

    @Test
    void aClaimWhoseSenderDiedIsSentAgainAfterItsLeaseWithTheSameMessageId() throws Exception {
        long id = queue("a@example.jp", Language.EN, "one", "1", "l1");
        String messageId = sender.claim().get(0).messageId();

        sender.sendDue();
        assertThat(received()).as("the lease still holds").isEmpty();

        clock.advance(OutboxSender.LEASE.plusSeconds(1));
        sender.sendDue();

        assertThat(received()).hasSize(1);
        assertThat(received().get(0).getHeader("Message-ID")).containsExactly(messageId);
        assertThat(statusOf(id)).isEqualTo("sent");
    }

    @Test
    void twoSendersAtOnceNeverSendOneMessageTwice() throws Exception {
        for (int i = 0; i < 40; i++) {
            queue("r" + i + "@example.jp", Language.EN, "message " + i, "body " + i, "c" + i);
        }
        Thread[] senders = new Thread[2];
        for (int i = 0; i < senders.length; i++) {
            senders[i] = new Thread(sender::sendDue);
        }
        for (Thread thread : senders) {
            thread.start();
        }
        for (Thread thread : senders) {
            thread.join();
        }
        sender.sendDue();

        assertThat(received()).hasSize(40);
        assertThat(received()).extracting(MimeMessage::getSubject).doesNotHaveDuplicates();
    }

    @Test
    void twoClaimsAtOnceTakeDisjointMessages() throws Exception {
        for (int i = 0; i < 2 * OutboxSender.BATCH; i++) {
            queue("r" + i + "@example.jp", Language.EN, "message " + i, "body " + i, "d" + i);
        }
        List<List<ClaimedMail>> claims = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread first = new Thread(() -> claims.add(sender.claim()));
        Thread second = new Thread(() -> claims.add(sender.claim()));
        first.start();
        second.start();
        first.join();
        second.join();

        List<Long> claimed = claims.stream().flatMap(List::stream).map(ClaimedMail::id).toList();
        assertThat(claimed).doesNotHaveDuplicates();
    }

    @Test
    void aSecondMessageAboutTheSameObjectToTheSameRecipientRepliesToTheFirst() throws Exception {
        queue("reporter@example.jp", Language.EN, "first", "1", "t1");
        queue("other@example.jp", Language.EN, "to someone else", "x", "t1");
        queue("Reporter@Example.jp", Language.EN, "second", "2", "t1");

        sender.sendDue();

        MimeMessage first = bySubject("first");
        MimeMessage second = bySubject("second");
        String firstId = first.getHeader("Message-ID")[0];
        assertThat(first.getHeader("In-Reply-To")).isNull();
        assertThat(bySubject("to someone else").getHeader("In-Reply-To")).isNull();
        assertThat(second.getHeader("In-Reply-To")).containsExactly(firstId);
        assertThat(second.getHeader("References")).containsExactly(firstId);
    }

    @Test
    void theBackoffDoublesFromThirtySecondsToAnHour() {
        assertThat(OutboxSender.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(OutboxSender.backoff(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(OutboxSender.backoff(7)).isEqualTo(Duration.ofSeconds(30 * 64));
        assertThat(OutboxSender.backoff(8)).isEqualTo(Duration.ofHours(1));
        assertThat(OutboxSender.backoff(500)).isEqualTo(Duration.ofHours(1));
    }

    private MimeMessage bySubject(String subject) {
        return received().stream().filter(m -> {
            try {
                return m.getSubject().startsWith(subject + " [ref:");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
    }

    private int attempts(long id) {
        return jdbc.sql("select attempts from outbox_message where id = ?").param(id).query(Integer.class).single();
    }

    private Instant nextAttempt(long id) {
        return jdbc.sql("select next_attempt_at from outbox_message where id = ?").param(id)
                .query((rs, n) -> SqlInstants.read(rs, "next_attempt_at")).single();
    }

    private String lastError(long id) {
        return jdbc.sql("select last_error from outbox_message where id = ?").param(id).query(String.class).single();
    }
}
