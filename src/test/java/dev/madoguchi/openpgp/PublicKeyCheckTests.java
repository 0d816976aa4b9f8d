package dev.madoguchi.openpgp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Date;

import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.junit.jupiter.api.Test;
import org.pgpainless.PGPainless;
import org.pgpainless.algorithm.KeyFlag;
import org.pgpainless.key.generation.KeySpec;
import org.pgpainless.key.generation.type.KeyType;
import org.pgpainless.key.generation.type.eddsa_legacy.EdDSALegacyCurve;
import org.pgpainless.key.protection.SecretKeyRingProtector;
import org.pgpainless.util.Passphrase;

class PublicKeyCheckTests {

    /** Keys are generated "now"; they are checked a minute later, as a reporter's key would be. */
    private static Date later() {
        return new Date(System.currentTimeMillis() + 60_000L);
    }

    private static String armor(PGPPublicKeyRing ring) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ArmoredOutputStream armored = new ArmoredOutputStream(out)) {
            ring.encode(armored);
        }
        return out.toString(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static PGPSecretKeyRing modern() throws Exception {
        return PGPainless.generateKeyRing().modernKeyRing("Reporter <reporter@example.jp>");
    }

    @Test
    void aFreshEncryptionCapableKeyIsAccepted() throws Exception {
        assertThat(PublicKeyCheck.check(armor(PGPainless.extractCertificate(modern())), later())).isEmpty();
    }

    @Test
    void anExpiredKeyIsRefused() throws Exception {
        PGPSecretKeyRing key = modern();
        PGPSecretKeyRing expiring = PGPainless.modifyKeyRing(key)
                .setExpirationDate(new Date(System.currentTimeMillis() + 86_400_000L),
                        SecretKeyRingProtector.unprotectedKeys())
                .done();
        String armored = armor(PGPainless.extractCertificate(expiring));
        assertThat(PublicKeyCheck.check(armored, later())).isEmpty();
        assertThat(PublicKeyCheck.check(armored, new Date(System.currentTimeMillis() + 2 * 86_400_000L)))
                .contains(PublicKeyCheck.Problem.EXPIRED);
    }

    @Test
    void aRevokedKeyIsRefused() throws Exception {
        PGPSecretKeyRing revoked = PGPainless.modifyKeyRing(modern())
                .revoke(SecretKeyRingProtector.unprotectedKeys()).done();
        assertThat(PublicKeyCheck.check(armor(PGPainless.extractCertificate(revoked)), later()))
                .contains(PublicKeyCheck.Problem.REVOKED);
    }

    @Test
    void aSigningOnlyKeyCannotReceiveEncryptedReplies() throws Exception {
        PGPSecretKeyRing signOnly = PGPainless.buildKeyRing()
                .setPrimaryKey(KeySpec.getBuilder(KeyType.EDDSA_LEGACY(EdDSALegacyCurve._Ed25519), KeyFlag.CERTIFY_OTHER,
                        KeyFlag.SIGN_DATA))
                .addUserId("Signer <signer@example.jp>").setPassphrase(Passphrase.emptyPassphrase()).build();
        assertThat(PublicKeyCheck.check(armor(PGPainless.extractCertificate(signOnly)), later()))
                .contains(PublicKeyCheck.Problem.NO_ENCRYPTION_KEY);
    }

    @Test
    void garbageAndOversizedBlocksAreRefused() {
        assertThat(PublicKeyCheck.check("hello", later())).contains(PublicKeyCheck.Problem.NOT_A_PUBLIC_KEY);
        assertThat(PublicKeyCheck.check("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nAAAA\n-----END PGP PUBLIC KEY BLOCK-----",
                later())).contains(PublicKeyCheck.Problem.NOT_A_PUBLIC_KEY);
        assertThat(PublicKeyCheck.check("x".repeat(100_001), later())).contains(PublicKeyCheck.Problem.TOO_LARGE);
    }
}
