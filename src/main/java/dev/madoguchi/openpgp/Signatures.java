package dev.madoguchi.openpgp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.pgpainless.PGPainless;
import org.pgpainless.algorithm.DocumentSignatureType;
import org.pgpainless.encryption_signing.EncryptionStream;
import org.pgpainless.encryption_signing.ProducerOptions;
import org.pgpainless.encryption_signing.SigningOptions;
import org.pgpainless.key.protection.SecretKeyRingProtector;
import org.pgpainless.signature.subpackets.BaseSignatureSubpackets;
import org.pgpainless.util.ArmorUtils;

/**
 * Signatures by the PSIRT key: detached armored signatures over exact bytes (CSAF 2.0 §7.1.19, PDFs), and
 * cleartext-signed text (RFC 4880 §7, as RFC 9116 §2.3 asks of {@code security.txt}). The creation time is the
 * caller's instant, so a signature made by one node is the same as another's made at that time.
 */
final class Signatures {

    private Signatures() {
    }

    static String detached(byte[] data, PGPSecretKeyRing keys, SecretKeyRingProtector protector, Instant at) {
        try {
            SigningOptions signing = SigningOptions.get().setEvaluationDate(Date.from(at))
                    .addDetachedSignature(protector, keys, null, DocumentSignatureType.BINARY_DOCUMENT,
                            creationTime(at));
            EncryptionStream stream = PGPainless.encryptAndOrSign().onOutputStream(OutputStream.nullOutputStream())
                    .withOptions(ProducerOptions.sign(signing).setAsciiArmor(false));
            stream.write(data);
            stream.close();
            PGPSignature signature = stream.getResult().getDetachedSignatures().flatten().iterator().next();
            return ArmorUtils.toAsciiArmoredString(signature);
        } catch (IOException | PGPException | RuntimeException e) {
            throw new OpenPgpProblem("pgp.sign.failed", e);
        }
    }

    /** {@code text} as a cleartext-signed message; line ends become LF, as in the file served. */
    static String cleartext(String text, PGPSecretKeyRing keys, SecretKeyRingProtector protector, Instant at) {
        try {
            SigningOptions signing = SigningOptions.get().setEvaluationDate(Date.from(at))
                    .addDetachedSignature(protector, keys, null, DocumentSignatureType.CANONICAL_TEXT_DOCUMENT,
                            creationTime(at));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            EncryptionStream stream = PGPainless.encryptAndOrSign().onOutputStream(out)
                    .withOptions(ProducerOptions.sign(signing).setCleartextSigned());
            stream.write(text.getBytes(StandardCharsets.UTF_8));
            stream.close();
            return out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException | PGPException | RuntimeException e) {
            throw new OpenPgpProblem("pgp.sign.failed", e);
        }
    }

    private static BaseSignatureSubpackets.Callback creationTime(Instant at) {
        return new BaseSignatureSubpackets.Callback() {
            @Override
            public void modifyHashedSubpackets(BaseSignatureSubpackets subpackets) {
                subpackets.setSignatureCreationTime(Date.from(at));
            }
        };
    }
}
