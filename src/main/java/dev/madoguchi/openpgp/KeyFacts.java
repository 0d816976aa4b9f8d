package dev.madoguchi.openpgp;

import java.time.Instant;
import java.util.Date;
import java.util.Iterator;
import java.util.Locale;

import org.bouncycastle.openpgp.PGPKeyRing;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPSignature;
import org.pgpainless.PGPainless;
import org.pgpainless.key.OpenPgpFingerprint;
import org.pgpainless.key.info.KeyRingInfo;

/**
 * What the key page shows of a key, as the NEC policy lists its own: key ID, type, size, creation and expiry dates,
 * user ID and fingerprint.
 *
 * @param fingerprint the primary key's fingerprint, 40 upper-case hex digits (v4 keys)
 * @param keyId       the long key ID, the fingerprint's last 16 digits
 * @param type        the primary key's algorithm as people name it ({@code RSA}, {@code EdDSA})
 * @param bits        the primary key's size
 * @param userId      the primary user ID
 * @param created     when the key was made
 * @param expires     when it expires, {@code null} for never
 */
public record KeyFacts(String fingerprint, String keyId, String type, int bits, String userId, Instant created,
        Instant expires) {

    /**
     * The facts of {@code keys} as of {@code now}, or as of its newest self-signature if that is later: PGPainless
     * signs a new key by the machine's clock, which may be a moment (seconds, for RSA 4096) past the injected one.
     */
    static KeyFacts of(PGPKeyRing keys, Instant now) {
        KeyRingInfo info = PGPainless.inspectKeyRing(keys, Date.from(latest(keys, now)));
        PGPPublicKey primary = keys.getPublicKey();
        String fingerprint = OpenPgpFingerprint.of(keys).toString().toUpperCase(Locale.ROOT);
        Date expiry = info.getPrimaryKeyExpirationDate();
        String userId = info.getPrimaryUserId();
        if (userId == null && primary.getUserIDs().hasNext()) {
            userId = primary.getUserIDs().next();
        }
        return new KeyFacts(fingerprint, fingerprint.substring(Math.max(0, fingerprint.length() - 16)),
                typeOf(primary.getAlgorithm()), primary.getBitStrength(), userId == null ? "" : userId,
                primary.getCreationTime().toInstant(), expiry == null ? null : expiry.toInstant());
    }

    private static Instant latest(PGPKeyRing keys, Instant now) {
        Instant latest = now;
        Iterator<PGPPublicKey> publicKeys = keys.getPublicKeys();
        while (publicKeys.hasNext()) {
            Iterator<PGPSignature> signatures = publicKeys.next().getSignatures();
            while (signatures.hasNext()) {
                Instant made = signatures.next().getCreationTime().toInstant();
                if (made.isAfter(latest)) {
                    latest = made;
                }
            }
        }
        return latest;
    }

    /** The fingerprint in groups of four, as the NEC policy prints it. */
    public String groupedFingerprint() {
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < fingerprint.length(); i += 4) {
            if (i > 0) {
                grouped.append(i == fingerprint.length() / 2 ? "  " : " ");
            }
            grouped.append(fingerprint, i, Math.min(fingerprint.length(), i + 4));
        }
        return grouped.toString();
    }

    /** The short form people quote, {@code 0x} and the last eight digits of the fingerprint. */
    public String shortKeyId() {
        return "0x" + fingerprint.substring(Math.max(0, fingerprint.length() - 8));
    }

    /** RFC 4880 §9.1 and RFC 9580 §9.1 public-key algorithm IDs, named. */
    private static String typeOf(int algorithm) {
        return switch (algorithm) {
            case 1, 2, 3 -> "RSA";
            case 16, 20 -> "ElGamal";
            case 17 -> "DSA";
            case 18 -> "ECDH";
            case 19 -> "ECDSA";
            case 22 -> "EdDSA";
            case 25 -> "X25519";
            case 27 -> "Ed25519";
            default -> "algorithm " + algorithm;
        };
    }
}
