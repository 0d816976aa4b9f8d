package dev.madoguchi.openpgp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pgpainless.PGPainless;
import org.pgpainless.algorithm.CompressionAlgorithm;
import org.pgpainless.encryption_signing.EncryptionOptions;
import org.pgpainless.encryption_signing.EncryptionStream;
import org.pgpainless.encryption_signing.ProducerOptions;
import org.pgpainless.key.protection.SecretKeyRingProtector;

/**
 * Issue 9, bad input: whatever arrives as an encrypted report, {@link MessageOpener} ends with a clear finding (the
 * {@code pgp.message.*} key the reporter is shown) in bounded time and memory, never a hang or an exhausted heap.
 */
class HostileMessageTests {

    /** The intake's own limit on a report's text or attachment is far below this; the bomb must stop here. */
    static final long MAX_PLAINTEXT = 10L * 1024 * 1024;
    /** Generous: each case takes well under a second when it is bounded; a hang or a 1 GB inflation takes minutes. */
    static final Duration BOUND = Duration.ofSeconds(30);

    static final KeyPassphrase PASSPHRASE = KeyPassphrase.of("hostile message tests");
    static List<PGPSecretKeyRing> ours;
    static PGPPublicKeyRing ourCertificate;
    static SecretKeyRingProtector protector;

    @BeforeAll
    static void ourKey() {
        PGPSecretKeyRing keys = SecretKeys.generate(KeyAlgorithm.ED25519, "PSIRT <psirt@example.com>", null,
                PASSPHRASE.passphrase());
        ours = List.of(keys);
        ourCertificate = PGPainless.extractCertificate(keys);
        protector = PASSPHRASE.protector();
    }

    /** {@code plaintext} encrypted to {@code recipient}, streamed (nothing of the plaintext is held in memory). */
    static byte[] encrypted(InputStream plaintext, PGPPublicKeyRing recipient, CompressionAlgorithm compression,
            boolean armored) throws IOException, PGPException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EncryptionStream stream = PGPainless.encryptAndOrSign().onOutputStream(out).withOptions(
                ProducerOptions.encrypt(EncryptionOptions.encryptCommunications().addRecipient(recipient))
                        .overrideCompressionAlgorithm(compression).setAsciiArmor(armored));
        byte[] buffer = new byte[1024 * 1024];
        int n;
        while ((n = plaintext.read(buffer)) != -1) {
            stream.write(buffer, 0, n);
        }
        stream.close();
        return out.toByteArray();
    }

    static byte[] encrypted(String text, boolean armored) throws IOException, PGPException {
        return encrypted(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), ourCertificate,
                CompressionAlgorithm.UNCOMPRESSED, armored);
    }

    /** The finding the opener ends with, within {@link #BOUND}. */
    static String refusal(byte[] message) {
        OpenPgpProblem problem = assertTimeoutPreemptively(BOUND, () -> catchThrowableOfType(OpenPgpProblem.class,
                () -> MessageOpener.open(message, ours, protector, MAX_PLAINTEXT)));
        assertThat(problem).as("refused").isNotNull();
        return problem.messageKey();
    }

    @Test
    void aWellFormedMessageOpensSoTheRefusalsBelowAreTheInputsDoing() throws Exception {
        MessageOpener.Opened opened = MessageOpener.open(encrypted("a report", true), ours, protector, MAX_PLAINTEXT);
        assertThat(new String(opened.plaintext(), StandardCharsets.UTF_8)).isEqualTo("a report");
    }

    @Test
    void corruptedArmorIsADamagedMessage() throws Exception {
        String armored = new String(encrypted("a report about a flaw", true), StandardCharsets.US_ASCII);
        List<String> lines = armored.lines().toList();
        int body = lines.indexOf("") + 1;
        // one Base64 character changed (the armor's CRC-24 no longer matches), then a line that is no Base64
        String oneCharacter = armored.replace(lines.get(body), flip(lines.get(body)));
        assertThat(refusal(oneCharacter.getBytes(StandardCharsets.US_ASCII))).isEqualTo("pgp.message.damaged");
        String garbage = armored.replace(lines.get(body), "!!!! this is not base64 at all ****");
        assertThat(refusal(garbage.getBytes(StandardCharsets.US_ASCII))).isEqualTo("pgp.message.damaged");
    }

    @Test
    void aMessageToAKeyWeDoNotHoldSaysSo() throws Exception {
        PGPSecretKeyRing theirs = SecretKeys.generate(KeyAlgorithm.ED25519, "Other <other@example.org>", null,
                PASSPHRASE.passphrase());
        byte[] message = encrypted(new ByteArrayInputStream("for someone else".getBytes(StandardCharsets.UTF_8)),
                PGPainless.extractCertificate(theirs), CompressionAlgorithm.UNCOMPRESSED, true);
        assertThat(refusal(message)).isEqualTo("pgp.message.no-key");
    }

    @Test
    void aTruncatedMessageIsDamagedArmoredOrBinary() throws Exception {
        String report = "a report long enough to span several packets ".repeat(2_000);
        byte[] armored = encrypted(report, true);
        assertThat(refusal(Arrays.copyOf(armored, armored.length / 2))).isEqualTo("pgp.message.damaged");
        byte[] binary = encrypted(report, false);
        assertThat(refusal(Arrays.copyOf(binary, binary.length / 2))).isEqualTo("pgp.message.damaged");
        assertThat(refusal(Arrays.copyOf(binary, binary.length - 1))).isEqualTo("pgp.message.damaged");
    }

    @Test
    void aFiftyMegabyteMessageIsTooLargeWithoutBeingReadWhole() throws Exception {
        byte[] message = encrypted(new NoiseStream(50L * 1024 * 1024), ourCertificate,
                CompressionAlgorithm.UNCOMPRESSED, false);
        assertThat(message.length).isGreaterThan(50 * 1024 * 1024);
        assertThat(refusal(message)).isEqualTo("pgp.message.too-large");
    }

    @Test
    void aMessageLargerThanAnyReportIsRefusedUnread() {
        byte[] huge = new byte[MessageOpener.MAX_MESSAGE_BYTES + 1];
        huge[0] = (byte) 0x85; // an old-format PKESK header: it looks like a message
        assertThat(refusal(huge)).isEqualTo("pgp.message.too-large");
    }

    @Test
    void aCompressionBombOfAGigabyteOfZerosStopsAtTheLimit() throws Exception {
        byte[] bomb = encrypted(new ZeroStream(1024L * 1024 * 1024), ourCertificate, CompressionAlgorithm.ZLIB,
                true);
        // a few megabytes on the wire for a gigabyte inside
        assertThat(bomb.length).isLessThan(10 * 1024 * 1024);
        long before = usedHeap();
        assertThat(refusal(bomb)).isEqualTo("pgp.message.too-large");
        assertThat(usedHeap() - before).as("heap kept after the refusal").isLessThan(256L * 1024 * 1024);
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static String flip(String base64Line) {
        char[] chars = base64Line.toCharArray();
        int middle = chars.length / 2;
        chars[middle] = chars[middle] == 'A' ? 'B' : 'A';
        return new String(chars);
    }

    /** {@code size} zero bytes, made as they are read. */
    static final class ZeroStream extends InputStream {
        private long left;

        ZeroStream(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            return left-- > 0 ? 0 : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            Arrays.fill(buffer, offset, offset + n, (byte) 0);
            left -= n;
            return n;
        }
    }

    /** {@code size} pseudo-random bytes (incompressible), made as they are read. */
    static final class NoiseStream extends InputStream {
        private final Random random = new Random(9);
        private long left;

        NoiseStream(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            return left-- > 0 ? random.nextInt(256) : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            byte[] chunk = new byte[n];
            random.nextBytes(chunk);
            System.arraycopy(chunk, 0, buffer, offset, n);
            left -= n;
            return n;
        }
    }
}
