package dev.madoguchi.openpgp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.util.io.Streams;
import org.pgpainless.PGPainless;
import org.pgpainless.decryption_verification.ConsumerOptions;
import org.pgpainless.decryption_verification.DecryptionStream;

/** Checks a signature by one of our keys as a recipient would, with PGPainless (tests of signed publications). */
public final class SignatureChecks {

    private SignatureChecks() {
    }

    public static PGPPublicKeyRing certificate(String armored) throws IOException {
        return PGPainless.readKeyRing().publicKeyRing(armored);
    }

    /** Whether {@code signature} is a valid detached signature by {@code certificate} over exactly {@code data}. */
    public static boolean detached(byte[] data, byte[] signature, PGPPublicKeyRing certificate)
            throws IOException, PGPException {
        return verified(data, ConsumerOptions.get()
                .addVerificationOfDetachedSignatures(new ByteArrayInputStream(signature)), certificate);
    }

    /** Whether {@code message} is cleartext-signed (RFC 4880 §7) by {@code certificate} and unaltered. */
    public static boolean clearsigned(String message, PGPPublicKeyRing certificate) throws IOException, PGPException {
        return verified(message.getBytes(StandardCharsets.UTF_8), ConsumerOptions.get(), certificate);
    }

    private static boolean verified(byte[] input, ConsumerOptions options, PGPPublicKeyRing certificate)
            throws IOException, PGPException {
        DecryptionStream verification = PGPainless.decryptAndOrVerify().onInputStream(new ByteArrayInputStream(input))
                .withOptions(options.addVerificationCert(certificate));
        Streams.pipeAll(verification, new ByteArrayOutputStream());
        verification.close();
        return verification.getMetadata().isVerifiedSignedBy(certificate);
    }
}
