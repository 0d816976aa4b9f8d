package dev.madoguchi.openpgp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.pgpainless.PGPainless;
import org.pgpainless.algorithm.DocumentSignatureType;
import org.pgpainless.encryption_signing.EncryptionOptions;
import org.pgpainless.encryption_signing.EncryptionStream;
import org.pgpainless.encryption_signing.ProducerOptions;
import org.pgpainless.encryption_signing.SigningOptions;
import org.pgpainless.key.protection.SecretKeyRingProtector;

/**
 * Encrypts text to a recipient's public key and signs it with the PSIRT key, ASCII-armored, as replies to reporters
 * and hand-offs to coordinators go out (the seed policies ask reporters to encrypt; we answer in kind).
 */
final class MessageSealer {

    private MessageSealer() {
    }

    static String encryptAndSign(String text, PGPPublicKeyRing recipient, PGPSecretKeyRing ours,
            SecretKeyRingProtector protector, Instant at) {
        try {
            EncryptionOptions encryption = EncryptionOptions.encryptCommunications().setEvaluationDate(Date.from(at))
                    .addRecipient(recipient);
            // a binary signature over exactly the UTF-8 bytes sent: a canonical-text one (RFC 4880 §5.2.1, 0x01) over a
            // binary literal is hashed with CRLF here and as sent by GnuPG, which then reports BAD signature
            // (GnuPgInteroperabilityTests)
            SigningOptions signing = SigningOptions.get().setEvaluationDate(Date.from(at))
                    .addInlineSignature(protector, ours, DocumentSignatureType.BINARY_DOCUMENT);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            EncryptionStream stream = PGPainless.encryptAndOrSign().onOutputStream(out)
                    .withOptions(ProducerOptions.signAndEncrypt(encryption, signing).setAsciiArmor(true));
            stream.write(text.getBytes(StandardCharsets.UTF_8));
            stream.close();
            return out.toString(StandardCharsets.US_ASCII);
        } catch (IOException | PGPException | RuntimeException e) {
            throw new OpenPgpProblem("pgp.encrypt.failed", e);
        }
    }
}
