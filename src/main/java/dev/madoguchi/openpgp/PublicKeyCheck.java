package dev.madoguchi.openpgp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;

import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.pgpainless.PGPainless;
import org.pgpainless.key.info.KeyRingInfo;

/**
 * Whether an ASCII-armored OpenPGP public key, as a reporter pastes it, can be used to encrypt replies to them:
 * it parses, is not revoked, has not expired, and has a key capable of encryption (RFC 4880 / RFC 9580).
 */
public final class PublicKeyCheck {

    /** Larger blocks are refused before parsing: a real public key, even with many signatures, is far smaller. */
    public static final int MAX_ARMORED_LENGTH = 100_000;

    /** Why a key cannot be used; each has a message {@code pgp.<name>} in the intake bundle. */
    public enum Problem { NOT_A_PUBLIC_KEY, TOO_LARGE, REVOKED, EXPIRED, NO_ENCRYPTION_KEY }

    private PublicKeyCheck() {
    }

    public static Optional<Problem> check(String armored, Date now) {
        if (armored.length() > MAX_ARMORED_LENGTH) {
            return Optional.of(Problem.TOO_LARGE);
        }
        if (!armored.contains("-----BEGIN PGP PUBLIC KEY BLOCK-----")) {
            return Optional.of(Problem.NOT_A_PUBLIC_KEY);
        }
        PGPPublicKeyRing ring;
        try {
            ring = PGPainless.readKeyRing().publicKeyRing(
                    new ByteArrayInputStream(armored.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            return Optional.of(Problem.NOT_A_PUBLIC_KEY);
        }
        if (ring == null) {
            return Optional.of(Problem.NOT_A_PUBLIC_KEY);
        }
        KeyRingInfo info = PGPainless.inspectKeyRing(ring, now);
        if (info.getRevocationSelfSignature() != null) {
            return Optional.of(Problem.REVOKED);
        }
        Date expiry = info.getPrimaryKeyExpirationDate();
        if (expiry != null && !expiry.after(now)) {
            return Optional.of(Problem.EXPIRED);
        }
        if (!info.isUsableForEncryption()) {
            return Optional.of(Problem.NO_ENCRYPTION_KEY);
        }
        return Optional.empty();
    }
}
