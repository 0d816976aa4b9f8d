package dev.madoguchi.trustedprovider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgpainless.PGPainless;
import org.pgpainless.util.ArmorUtils;

/** The key that signs CSAF documents (CSAF 2.0 §7.1.19–20): configured file or generated once. */
class CsafSigningKeyTests {

    @TempDir
    Path dir;

    @Test
    void aGeneratedKeyIsKeptAndTheSameKeyIsReadOnTheNextStart() throws Exception {
        CsafSigningKey first = CsafSigningKey.generatedIn(dir, "Example PSIRT <psirt@example.com>", Instant.now());
        CsafSigningKey again = CsafSigningKey.generatedIn(dir, "Example PSIRT <psirt@example.com>", Instant.now());
        assertThat(again.fingerprint()).isEqualTo(first.fingerprint()).matches("[0-9A-F]{40}");
        assertThat(new String(first.armoredPublicKey(), StandardCharsets.US_ASCII))
                .startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----").doesNotContain("PRIVATE");
        assertThat(Files.readString(dir.resolve(CsafSigningKey.GENERATED_FILE)))
                .startsWith("-----BEGIN PGP PRIVATE KEY BLOCK-----");
    }

    @Test
    void aPassphraseProtectedKeyFileSignsWithTheRightPassphraseOnly() throws Exception {
        PGPSecretKeyRing keys = PGPainless.generateKeyRing().modernKeyRing("Example PSIRT <psirt@example.com>",
                "correct horse");
        Path file = Files.writeString(dir.resolve("signing.asc"), ArmorUtils.toAsciiArmoredString(keys));
        // keys carry self-signatures dated by the system clock: sign after them
        Instant now = Instant.now();
        CsafSigningKey key = CsafSigningKey.fromFile(file, "correct horse", now);
        byte[] data = "{\"document\":{}}".getBytes(StandardCharsets.UTF_8);
        String signature = key.sign(data, now);
        assertThat(TrustedProviderTests.verifies(data, signature.getBytes(StandardCharsets.US_ASCII),
                PGPainless.readKeyRing().publicKeyRing(new ByteArrayInputStream(key.armoredPublicKey())))).isTrue();
        assertThatThrownBy(() -> CsafSigningKey.fromFile(file, "wrong staple", now))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(key.fingerprint())
                .hasMessageNotContaining("wrong staple");
    }

    @Test
    void aFileThatIsNoSecretKeyStopsTheStartNamingTheSetting() throws Exception {
        Path file = Files.writeString(dir.resolve("public.asc"), "-----BEGIN PGP PUBLIC KEY BLOCK-----\n");
        assertThatThrownBy(() -> CsafSigningKey.fromFile(file, "", Instant.now()))
                .hasMessageContaining("madoguchi.csaf.signing-key-file");
    }
}
