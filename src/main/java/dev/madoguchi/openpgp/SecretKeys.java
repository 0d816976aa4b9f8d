package dev.madoguchi.openpgp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.pgpainless.PGPainless;
import org.pgpainless.key.protection.SecretKeyRingProtector;
import org.pgpainless.key.protection.UnlockSecretKey;
import org.pgpainless.key.util.RevocationAttributes;
import org.pgpainless.util.ArmorUtils;
import org.pgpainless.util.Passphrase;

/**
 * The secret-key operations of the PSIRT key's life: generate, read an imported key and protect it with our
 * passphrase, change the expiry date, revoke, armor. Every secret key Madoguchi keeps is protected with the passphrase
 * from configuration (never stored beside it); these methods take it and give it to nothing else.
 */
final class SecretKeys {

    /** An armored secret key far larger than this is no key a PSIRT uses. */
    static final int MAX_ARMORED_LENGTH = 200_000;

    private SecretKeys() {
    }

    /**
     * A new key. PGPainless dates the key and its self-signatures by the machine's clock (and refuses an expiry
     * before it), whereas Madoguchi reads key facts at the injected clock's time: that clock must not be behind the
     * machine's when a key is made, or the key has no valid self-signature yet.
     */
    static PGPSecretKeyRing generate(KeyAlgorithm algorithm, String userId, Instant expires, Passphrase passphrase) {
        try {
            return PGPainless.buildKeyRing()
                    .setPrimaryKey(algorithm.primary())
                    .addSubkey(algorithm.encryptionSubkey())
                    .addUserId(userId)
                    .setExpirationDate(expires == null ? null : Date.from(expires))
                    .setPassphrase(passphrase)
                    .build();
        } catch (RuntimeException e) {
            throw new OpenPgpProblem("pgp.generate.failed", e);
        }
    }

    /** An armored secret key as an administrator pastes or uploads it. */
    static PGPSecretKeyRing read(String armored) {
        if (armored == null || armored.length() > MAX_ARMORED_LENGTH) {
            throw new OpenPgpProblem("pgp.import.not-a-secret-key");
        }
        if (!armored.contains("-----BEGIN PGP PRIVATE KEY BLOCK-----")) {
            throw new OpenPgpProblem(armored.contains("-----BEGIN PGP PUBLIC KEY BLOCK-----")
                    ? "pgp.import.public-key-only" : "pgp.import.not-a-secret-key");
        }
        try {
            PGPSecretKeyRing keys = PGPainless.readKeyRing().secretKeyRing(armored.getBytes(StandardCharsets.UTF_8));
            if (keys == null) {
                throw new OpenPgpProblem("pgp.import.not-a-secret-key");
            }
            return keys;
        } catch (IOException | RuntimeException e) {
            if (e instanceof OpenPgpProblem problem) {
                throw problem;
            }
            throw new OpenPgpProblem("pgp.import.not-a-secret-key", e);
        }
    }

    /**
     * The imported key protected with {@code ours} instead of {@code theirs} (empty for an unprotected key).
     *
     * @throws OpenPgpProblem {@code pgp.import.wrong-passphrase} when {@code theirs} does not unlock every secret key
     */
    static PGPSecretKeyRing reprotect(PGPSecretKeyRing keys, Passphrase theirs, Passphrase ours) {
        if (!unlocks(keys, theirs)) {
            throw new OpenPgpProblem("pgp.import.wrong-passphrase");
        }
        try {
            return PGPainless.modifyKeyRing(keys).changePassphraseFromOldPassphrase(theirs)
                    .withSecureDefaultSettings().toNewPassphrase(ours).done();
        } catch (PGPException | RuntimeException e) {
            throw new OpenPgpProblem("pgp.import.wrong-passphrase", e);
        }
    }

    /** Whether {@code passphrase} unlocks every secret key of the ring that holds key material. */
    static boolean unlocks(PGPSecretKeyRing keys, Passphrase passphrase) {
        SecretKeyRingProtector protector = SecretKeyRingProtector.unlockAnyKeyWith(passphrase);
        for (PGPSecretKey key : keys) {
            if (key.isPrivateKeyEmpty()) {
                continue;
            }
            try {
                UnlockSecretKey.unlockSecretKey(key, protector);
            } catch (PGPException | RuntimeException e) {
                return false;
            }
        }
        return true;
    }

    /** The key with a new expiry date for the primary key and its subkeys ({@code null}: never expires). */
    static PGPSecretKeyRing withExpiry(PGPSecretKeyRing keys, Instant expires, Passphrase ours) {
        try {
            return PGPainless.modifyKeyRing(keys)
                    .setExpirationDate(expires == null ? null : Date.from(expires),
                            SecretKeyRingProtector.unlockAnyKeyWith(ours))
                    .done();
        } catch (RuntimeException e) {
            throw new OpenPgpProblem("pgp.expiry.failed", e);
        }
    }

    /** The key with a revocation self-signature: superseded by a newer key, or compromised. */
    static PGPSecretKeyRing revoked(PGPSecretKeyRing keys, Passphrase ours, boolean compromised, String reason) {
        try {
            RevocationAttributes attributes = RevocationAttributes.createKeyRevocation()
                    .withReason(compromised ? RevocationAttributes.Reason.KEY_COMPROMISED
                            : RevocationAttributes.Reason.KEY_SUPERSEDED)
                    .withDescription(reason == null ? "" : reason);
            return PGPainless.modifyKeyRing(keys).revoke(SecretKeyRingProtector.unlockAnyKeyWith(ours), attributes)
                    .done();
        } catch (RuntimeException e) {
            throw new OpenPgpProblem("pgp.revoke.failed", e);
        }
    }

    static String armor(PGPSecretKeyRing keys) {
        try {
            return ArmorUtils.toAsciiArmoredString(keys);
        } catch (IOException e) {
            throw new IllegalStateException("a secret key cannot be armored", e);
        }
    }

    /** The public part (certificate) of the key, armored, as served at {@code /pgp-key.asc}. */
    static String armoredCertificate(PGPSecretKeyRing keys) {
        try {
            PGPPublicKeyRing certificate = PGPainless.extractCertificate(keys);
            return ArmorUtils.toAsciiArmoredString(certificate);
        } catch (IOException e) {
            throw new IllegalStateException("a certificate cannot be armored", e);
        }
    }
}
