package dev.madoguchi.openpgp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.bouncycastle.bcpg.ArmoredInputStream;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.pgpainless.PGPainless;
import org.pgpainless.decryption_verification.ConsumerOptions;
import org.pgpainless.decryption_verification.DecryptionStream;
import org.pgpainless.decryption_verification.MessageMetadata;
import org.pgpainless.decryption_verification.MissingKeyPassphraseStrategy;
import org.pgpainless.exception.MissingDecryptionMethodException;
import org.pgpainless.key.SubkeyIdentifier;
import org.pgpainless.key.protection.SecretKeyRingProtector;

/**
 * Opens an encrypted OpenPGP message (armored or binary) with whichever of the PSIRT keys it was encrypted to, the
 * current one or an older one. The work is bounded: a message is refused above {@link #MAX_MESSAGE_BYTES} before it
 * is read, and reading stops once the plaintext passes the caller's limit, so a compression bomb costs no more than
 * that limit in time and memory.
 */
final class MessageOpener {

    /** Messages larger than this (a report's attachments are limited far below it) are refused unread. */
    static final int MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

    private static final String ARMOR_HEADER = "-----BEGIN PGP MESSAGE-----";

    private MessageOpener() {
    }

    /** Whether the bytes look like an OpenPGP message: armored, or a binary packet that starts one. */
    static boolean looksEncrypted(byte[] bytes) {
        if (bytes.length == 0) {
            return false;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        if (head.contains(ARMOR_HEADER)) {
            return true;
        }
        // RFC 4880 §4.2: a packet header's first bit is set; tags 1 (PKESK) and 3 (SKESK) start encrypted messages
        int first = bytes[0] & 0xff;
        if ((first & 0x80) == 0) {
            return false;
        }
        int tag = (first & 0x40) != 0 ? first & 0x3f : (first >> 2) & 0x0f;
        return tag == 1 || tag == 3;
    }

    /**
     * The plaintext and the key that opened it.
     *
     * @param keys           the PSIRT's secret keys, all protected by the protector's passphrase
     * @param maxPlaintext   the largest plaintext accepted
     * @throws OpenPgpProblem {@code pgp.message.not-a-message}, {@code pgp.message.no-key} (encrypted to keys we do
     *                        not hold), {@code pgp.message.damaged} or {@code pgp.message.too-large}
     */
    static Opened open(byte[] message, List<PGPSecretKeyRing> keys, SecretKeyRingProtector protector,
            long maxPlaintext) {
        if (message.length > MAX_MESSAGE_BYTES) {
            throw new OpenPgpProblem("pgp.message.too-large");
        }
        if (!looksEncrypted(message)) {
            throw new OpenPgpProblem("pgp.message.not-a-message");
        }
        ConsumerOptions options = ConsumerOptions.get()
                .setMissingKeyPassphraseStrategy(MissingKeyPassphraseStrategy.THROW_EXCEPTION);
        for (PGPSecretKeyRing ring : keys) {
            options.addDecryptionKey(ring, protector);
        }
        byte[] binary = dearmored(message);
        ByteArrayOutputStream plaintext = new ByteArrayOutputStream();
        try (InputStream in = new ByteArrayInputStream(binary);
                DecryptionStream stream = PGPainless.decryptAndOrVerify().onInputStream(in).withOptions(options)) {
            byte[] buffer = new byte[8192];
            int n;
            while ((n = stream.read(buffer)) != -1) {
                if (plaintext.size() + (long) n > maxPlaintext) {
                    throw new OpenPgpProblem("pgp.message.too-large");
                }
                plaintext.write(buffer, 0, n);
            }
            stream.close();
            MessageMetadata metadata = stream.getMetadata();
            SubkeyIdentifier opener = metadata.getDecryptionKey();
            if (!metadata.isEncrypted() || opener == null) {
                throw new OpenPgpProblem("pgp.message.not-encrypted");
            }
            return new Opened(plaintext.toByteArray(),
                    opener.getPrimaryKeyFingerprint().toString().toUpperCase(Locale.ROOT));
        } catch (MissingDecryptionMethodException e) {
            throw new OpenPgpProblem("pgp.message.no-key", e);
        } catch (OpenPgpProblem e) {
            throw e;
        } catch (IOException | PGPException | RuntimeException e) {
            throw new OpenPgpProblem("pgp.message.damaged", e);
        }
    }

    /**
     * The packets of an armored message, its armor checked whole first (RFC 4880 §6.2: the CRC-24 checksum, when
     * present, and the Base64 itself): armor damaged on its way (a mail client rewrapping lines) is reported as
     * damage, not as a message to a key we do not hold, which a changed recipient key ID would otherwise make it.
     * Binary messages pass unchanged. The decoded bytes are fewer than the armored ones, so this is bounded too.
     */
    private static byte[] dearmored(byte[] message) {
        String head = new String(message, 0, Math.min(message.length, 4096), StandardCharsets.ISO_8859_1);
        if (!head.contains(ARMOR_HEADER)) {
            return message;
        }
        try (ArmoredInputStream armor = new ArmoredInputStream(new ByteArrayInputStream(message))) {
            return armor.readAllBytes();
        } catch (IOException | RuntimeException e) {
            throw new OpenPgpProblem("pgp.message.damaged", e);
        }
    }

    /**
     * A message opened.
     *
     * @param plaintext   the content
     * @param fingerprint the fingerprint of the PSIRT key that opened it
     */
    record Opened(byte[] plaintext, String fingerprint) {
    }
}
