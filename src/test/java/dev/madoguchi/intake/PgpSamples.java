package dev.madoguchi.intake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;

import dev.madoguchi.openpgp.KeyAlgorithm;
import dev.madoguchi.openpgp.PsirtKey;
import dev.madoguchi.openpgp.PsirtKeys;
import dev.madoguchi.testing.MovableClock;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.pgpainless.PGPainless;
import org.pgpainless.algorithm.CompressionAlgorithm;
import org.pgpainless.decryption_verification.ConsumerOptions;
import org.pgpainless.decryption_verification.DecryptionStream;
import org.pgpainless.encryption_signing.EncryptionOptions;
import org.pgpainless.encryption_signing.EncryptionStream;
import org.pgpainless.encryption_signing.ProducerOptions;
import org.pgpainless.key.protection.SecretKeyRingProtector;
import org.pgpainless.util.ArmorUtils;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a reporter does with OpenPGP, done with PGPainless as their own tool would: make a key, encrypt a report to
 * the PSIRT's public key, read a reply encrypted to them. Also the broken messages reporters' tools produce.
 */
public final class PgpSamples {

    private PgpSamples() {
    }

    /** Time the tests move (a reporter's key expiring since intake); import it with {@code @Import}. */
    @TestConfiguration
    public static class MovableTime {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Instant.now());
        }
    }

    /**
     * One PSIRT key, current, for a year: the state a desk is in before each test. The clock runs two seconds ahead:
     * keys are made at the real time, to the second, and must not look younger than the clock says it is.
     */
    public static PsirtKey onlyCurrentKey(JdbcClient jdbc, PsirtKeys keys, MovableClock clock) {
        clock.moveTo(Instant.now().plusSeconds(2));
        jdbc.sql("delete from openpgp_expiry_warning").update();
        jdbc.sql("delete from openpgp_key").update();
        return keys.generate(KeyAlgorithm.ED25519, "Example-PSIRT <psirt@example.com>",
                clock.instant().plus(Duration.ofDays(365)), "admin");
    }

    /** A reporter's key pair, with an expiry date when {@code expires} is not null. */
    public static PGPSecretKeyRing reporterKey(Date expires) throws Exception {
        PGPSecretKeyRing key = PGPainless.generateKeyRing().modernKeyRing("Reporter <reporter@example.jp>");
        if (expires != null) {
            key = PGPainless.modifyKeyRing(key).setExpirationDate(expires, SecretKeyRingProtector.unprotectedKeys())
                    .done();
        }
        return key;
    }

    public static String armoredPublicKey(PGPSecretKeyRing key) throws Exception {
        return ArmorUtils.toAsciiArmoredString(PGPainless.extractCertificate(key));
    }

    /** {@code content} encrypted to the armored public key, ASCII-armored or binary. */
    public static byte[] encrypt(String armoredRecipient, byte[] content, boolean armored) throws Exception {
        PGPPublicKeyRing recipient = PGPainless.readKeyRing().publicKeyRing(armoredRecipient);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (EncryptionStream stream = PGPainless.encryptAndOrSign().onOutputStream(out).withOptions(
                ProducerOptions.encrypt(EncryptionOptions.encryptCommunications().addRecipient(recipient))
                        .overrideCompressionAlgorithm(CompressionAlgorithm.ZIP).setAsciiArmor(armored))) {
            stream.write(content);
        }
        return out.toByteArray();
    }

    public static String encryptArmored(String armoredRecipient, String text) throws Exception {
        return new String(encrypt(armoredRecipient, text.getBytes(StandardCharsets.UTF_8), true),
                StandardCharsets.US_ASCII);
    }

    /** An armored message whose last line of data is changed: the encrypted data's integrity check fails. */
    public static String corrupted(String armored) {
        String[] lines = armored.split("\n");
        int middle = lines.length - 1;
        while (lines[middle].startsWith("-----") || lines[middle].startsWith("=") || lines[middle].isBlank()) {
            middle--;
        }
        char[] chars = lines[middle].toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = chars[i] == 'A' ? 'B' : 'A';
        }
        lines[middle] = new String(chars);
        return String.join("\n", lines);
    }

    /** The first half of a message, as a mail client that cut it off would leave it. */
    public static byte[] truncated(byte[] message) {
        return Arrays.copyOf(message, message.length / 2);
    }

    /**
     * Decrypts a message with the reporter's secret key and checks the signature by {@code signerPublicKey}.
     *
     * @return the plaintext, or an exception when it is not encrypted to the key or not signed by the signer
     */
    public static String decryptAndVerify(String armored, PGPSecretKeyRing reporter, String signerPublicKey)
            throws Exception {
        PGPPublicKeyRing signer = PGPainless.readKeyRing().publicKeyRing(signerPublicKey);
        DecryptionStream stream = PGPainless.decryptAndOrVerify()
                .onInputStream(new ByteArrayInputStream(armored.getBytes(StandardCharsets.US_ASCII)))
                .withOptions(ConsumerOptions.get().addDecryptionKey(reporter).addVerificationCert(signer));
        byte[] plaintext = stream.readAllBytes();
        stream.close();
        if (!stream.getMetadata().isEncrypted() || !stream.getMetadata().isVerifiedSignedBy(signer)) {
            throw new IllegalStateException("not encrypted, or not signed by the PSIRT key");
        }
        return new String(plaintext, StandardCharsets.UTF_8);
    }
}
