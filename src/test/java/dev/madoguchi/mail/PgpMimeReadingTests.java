package dev.madoguchi.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Properties;
import java.util.function.Function;

import dev.madoguchi.openpgp.PsirtKeys;
import jakarta.activation.DataHandler;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: OpenPGP/MIME mail (RFC 3156 §4) is read as the MIME entity it decrypts to, its text and files those of the
 * plaintext; what cannot be opened or read is kept as it came. The keys are stood in for by a function that "opens"
 * one known ciphertext; the PSIRT keys themselves open real messages in the intake's end-to-end test.
 */
class PgpMimeReadingTests {

    private static final byte[] CIPHERTEXT = "-----BEGIN PGP MESSAGE-----\n\nhQEMA...\n-----END PGP MESSAGE-----\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final String FINGERPRINT = "0123456789ABCDEF0123456789ABCDEF01234567";
    private static final String STEPS = "管理画面で①～③の順に操作すると落ちます。";

    @Test
    void theDecryptedEntityIsTheMailsTextAndFiles() throws Exception {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(STEPS, "UTF-8");
        MimeBodyPart log = new MimeBodyPart();
        log.setDataHandler(new DataHandler(new ByteArrayDataSource("panic at 0x0", "text/x-log")));
        log.setFileName("crash.log");
        byte[] plaintext = entity(new MimeMultipart(text, log));

        ReceivedMail mail = MimeReader.read(pgpMime(CIPHERTEXT), Instant.EPOCH, opening(plaintext));

        assertThat(mail.text()).isEqualTo(STEPS);
        assertThat(mail.attachments()).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("crash.log");
            assertThat(file.content()).asString(StandardCharsets.UTF_8).isEqualTo("panic at 0x0");
        });
        assertThat(mail.encryption()).isEqualTo(ReceivedMail.Encryption.opened(FINGERPRINT));
    }

    @Test
    void aSignedEntityIsReadFromItsFirstPartInItsJapaneseCharset() throws Exception {
        // RFC 3156 §6.1: signed, then encrypted; the text as a Japanese mail program writes it (NEC specials)
        MimeBodyPart text = new MimeBodyPart();
        text.setDataHandler(new DataHandler(new ByteArrayDataSource(STEPS.getBytes(Charset.forName(
                "x-windows-iso2022jp")), "text/plain; charset=ISO-2022-JP")));
        MimeBodyPart signature = new MimeBodyPart();
        signature.setContent("-----BEGIN PGP SIGNATURE-----\n...\n", "application/pgp-signature");
        signature.setFileName("signature.asc");
        MimeMultipart signed = new MimeMultipart("signed", text, signature);
        byte[] plaintext = entity(signed);

        ReceivedMail mail = MimeReader.read(pgpMime(CIPHERTEXT), Instant.EPOCH, opening(plaintext));

        assertThat(mail.text()).isEqualTo(STEPS);
        assertThat(mail.attachments()).isEmpty();
    }

    @Test
    void aMessageNoKeyOpensIsKeptAsItCameWithWhy() throws Exception {
        ReceivedMail mail = MimeReader.read(pgpMime(CIPHERTEXT), Instant.EPOCH);

        assertThat(mail.text()).isEmpty();
        assertThat(mail.attachments()).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("encrypted.asc");
            assertThat(file.content()).isEqualTo(CIPHERTEXT);
        });
        assertThat(mail.encryption().unopened()).isTrue();
        assertThat(mail.encryption().problem()).isEqualTo("pgp.message.no-key");
    }

    @Test
    void aPlaintextThatIsNoMimeEntityIsKeptEncryptedAsDamaged() throws Exception {
        byte[] plaintext = "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\nno parts at all\r\n"
                .getBytes(StandardCharsets.US_ASCII);

        ReceivedMail mail = MimeReader.read(pgpMime(CIPHERTEXT), Instant.EPOCH, opening(plaintext));

        assertThat(mail.text()).isEmpty();
        assertThat(mail.attachments()).extracting(ReceivedMail.Attachment::fileName).containsExactly("encrypted.asc");
        assertThat(mail.encryption()).isEqualTo(ReceivedMail.Encryption.unopened("pgp.message.damaged"));
    }

    @Test
    void aBarePlaintextIsReadAsTextNotAsHeadersSoNoLineIsLost() throws Exception {
        // some mail programs encrypt the text as it is, not a MIME entity (RFC 3156 §4 notwithstanding)
        String bare = "Summary: RCE in the web UI\nHello PSIRT,\nthe router crashes.\n\nRegards";
        byte[] plaintext = bare.getBytes(StandardCharsets.UTF_8);

        ReceivedMail mail = MimeReader.read(pgpMime(CIPHERTEXT), Instant.EPOCH, opening(plaintext));

        assertThat(mail.text()).isEqualTo(bare);
        assertThat(mail.attachments()).isEmpty();
        assertThat(mail.encryption()).isEqualTo(ReceivedMail.Encryption.opened(FINGERPRINT));
    }

    @Test
    void aBarePlaintextThatIsNotTextIsKeptAsAFile() throws Exception {
        byte[] plaintext = {(byte) 0xff, (byte) 0xfe, 0, 1, 2};

        ReceivedMail mail = MimeReader.read(pgpMime(CIPHERTEXT), Instant.EPOCH, opening(plaintext));

        assertThat(mail.attachments()).singleElement().satisfies(file -> assertThat(file.content())
                .isEqualTo(plaintext));
    }

    @Test
    void aDecryptedMailIsNeverWrittenOutWhole() throws Exception {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(STEPS, "UTF-8");

        ReceivedMail mail = MimeReader.read(pgpMime(CIPHERTEXT), Instant.EPOCH,
                opening(entity(new MimeMultipart(text))));

        assertThat(mail.text()).isEqualTo(STEPS);
        assertThat(mail.toString()).doesNotContain(STEPS).contains(FINGERPRINT);
    }

    /** Opens {@link #CIPHERTEXT} only, as the PSIRT keys open what was sent to them. */
    private static Function<byte[], PsirtKeys.OpenedMessage> opening(byte[] plaintext) {
        return data -> {
            assertThat(data).isEqualTo(CIPHERTEXT);
            return new PsirtKeys.OpenedMessage(Arrays.copyOf(plaintext, plaintext.length), FINGERPRINT);
        };
    }

    /**
     * A MIME entity (RFC 2045 §2.4) as a mail program encrypts it: headers, blank line, body. Written as a message so
     * that every part gets its headers; the few message headers are what some programs encrypt too (RFC 3156 §4).
     */
    private static byte[] entity(MimeMultipart content) throws Exception {
        MimeMessage carrier = new MimeMessage(Session.getInstance(new Properties()));
        carrier.setContent(content);
        carrier.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        carrier.writeTo(out);
        return out.toByteArray();
    }

    /** RFC 3156 §4: multipart/encrypted, a version part, the encrypted data as application/octet-stream. */
    static MimeMessage pgpMime(byte[] ciphertext) throws Exception {
        MimeBodyPart version = new MimeBodyPart();
        version.setContent("Version: 1\r\n", "application/pgp-encrypted");
        MimeBodyPart data = new MimeBodyPart();
        data.setDataHandler(new DataHandler(new ByteArrayDataSource(ciphertext, "application/octet-stream")));
        data.setFileName("encrypted.asc");
        data.setDisposition(MimeBodyPart.INLINE);
        MimeMultipart encrypted = new MimeMultipart("encrypted; protocol=\"application/pgp-encrypted\"", version,
                data);
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom("reporter@example.jp");
        message.setRecipients(MimeMessage.RecipientType.TO, "psirt@madoguchi.example");
        message.setSubject("...", "UTF-8");
        message.setContent(encrypted);
        message.saveChanges();
        // as read from the mailbox: parsed from its bytes, not the object built here
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        return ReceivedMailTests.parse(raw.toByteArray());
    }
}
