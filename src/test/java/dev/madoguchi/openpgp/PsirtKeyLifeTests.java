package dev.madoguchi.openpgp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dev.madoguchi.testing.MovableClock;

import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pgpainless.PGPainless;
import org.pgpainless.util.ArmorUtils;
import org.pgpainless.util.Passphrase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The PSIRT key's life (issue 9): generate, import, rotate, extend, revoke, and what each leaves readable. */
@SpringBootTest
class PsirtKeyLifeTests {

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Instant.now());
        }
    }

    @Autowired
    PsirtKeys keys;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;
    @Autowired
    PsirtKeyRows rows;
    @Autowired
    KeyPassphrase passphrase;

    @BeforeEach
    void empty() {
        // ahead of the machine: PGPainless dates a new key's self-signatures by the machine's clock, and a key is only
        // usable from then (SecretKeys.generate); a minute covers slow generation on a busy machine
        clock.moveTo(Instant.now().plusSeconds(60));
        jdbc.sql("delete from openpgp_expiry_warning").update();
        jdbc.sql("delete from openpgp_key").update();
    }

    private Instant inDays(int days) {
        return clock.instant().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void theFirstGeneratedKeyIsCurrentAndItsFactsAreTheKeysOwn() throws Exception {
        PsirtKey key = keys.generate(KeyAlgorithm.ED25519, "Example-PSIRT <psirt@example.com>", inDays(365), "admin");
        assertThat(key.state()).isEqualTo(KeyState.CURRENT);
        PGPSecretKeyRing stored = PGPainless.readKeyRing().secretKeyRing(
                jdbc.sql("select secret_key from openpgp_key").query(String.class).single());
        KeyFacts facts = KeyFacts.of(stored, clock.instant());
        assertThat(key.facts()).isEqualTo(facts);
        assertThat(facts.userId()).isEqualTo("Example-PSIRT <psirt@example.com>");
        assertThat(facts.type()).isEqualTo("EdDSA");
        assertThat(facts.expires()).isEqualTo(inDays(365));
        assertThat(facts.keyId()).hasSize(16).isEqualTo(facts.fingerprint().substring(24));
        assertThat(facts.groupedFingerprint()).matches("([0-9A-F]{4} ){4}[0-9A-F]{4}  ([0-9A-F]{4} ){4}[0-9A-F]{4}");
        assertThat(key.publicKey()).startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----")
                .doesNotContain("PRIVATE");
    }

    @Test
    void aNodeWhosePassphraseDoesNotOpenTheCurrentKeyRefusesToStart() {
        new KeyPassphraseCheck(rows, KeyPassphrase.of("whatever")).afterSingletonsInstantiated(); // no key yet
        PsirtKey key = keys.generate(KeyAlgorithm.ED25519, "A <psirt@example.com>", inDays(365), "admin");
        new KeyPassphraseCheck(rows, passphrase).afterSingletonsInstantiated();
        assertThatThrownBy(() -> new KeyPassphraseCheck(rows, KeyPassphrase.of("another node's"))
                .afterSingletonsInstantiated())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MADOGUCHI_PGP_PASSPHRASE").hasMessageContaining(key.fingerprint())
                .hasMessageNotContaining("another node's");
    }

    @Test
    void theSecretKeyIsStoredLockedByTheConfiguredPassphraseAndNeverInTheClear() throws Exception {
        keys.generate(KeyAlgorithm.ED25519, "Example-PSIRT <psirt@example.com>", inDays(365), "admin");
        String stored = jdbc.sql("select secret_key from openpgp_key").query(String.class).single();
        PGPSecretKeyRing ring = PGPainless.readKeyRing().secretKeyRing(stored);
        assertThat(SecretKeys.unlocks(ring, Passphrase.emptyPassphrase())).isFalse();
        assertThat(SecretKeys.unlocks(ring, Passphrase.fromPassword("wrong"))).isFalse();
        assertThat(jdbc.sql("select count(*) from openpgp_key where secret_key like '%PRIVATE KEY%'")
                .query(Integer.class).single()).isEqualTo(1); // locked, but armored as a private key block
    }

    @Test
    void rotationPublishesTheNewKeyBesideTheOldThenSwitchesAndOldMessagesStillOpen() {
        PsirtKey old = keys.generate(KeyAlgorithm.ED25519, "Old <psirt@example.com>", inDays(30), "admin");
        String toOld = keys.encryptTo(old.publicKey(), "sent to the old key");

        PsirtKey next = keys.generate(KeyAlgorithm.ED25519, "New <psirt@example.com>", inDays(730), "admin");
        assertThat(next.state()).isEqualTo(KeyState.PUBLISHED);
        assertThat(keys.current()).map(PsirtKey::fingerprint).contains(old.fingerprint());
        assertThat(keys.offered()).extracting(PsirtKey::fingerprint).containsExactly(old.fingerprint(),
                next.fingerprint());

        keys.makeCurrent(next.fingerprint(), "admin");
        assertThat(keys.current()).map(PsirtKey::fingerprint).contains(next.fingerprint());
        assertThat(keys.byFingerprint(old.fingerprint())).get().extracting(PsirtKey::state)
                .isEqualTo(KeyState.RETIRED);
        assertThat(keys.offered()).extracting(PsirtKey::fingerprint).containsExactly(next.fingerprint());

        PsirtKeys.OpenedMessage opened = keys.open(toOld.getBytes(StandardCharsets.US_ASCII), 1_000_000);
        assertThat(new String(opened.plaintext(), StandardCharsets.UTF_8)).isEqualTo("sent to the old key");
        assertThat(opened.fingerprint()).isEqualTo(old.fingerprint());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'pgp-key.made-current'")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void onlyAPublishedKeyCanBecomeCurrentAndTheCurrentKeyCannotBeRevoked() {
        PsirtKey current = keys.generate(KeyAlgorithm.ED25519, "A <psirt@example.com>", inDays(30), "admin");
        assertThatThrownBy(() -> keys.makeCurrent(current.fingerprint(), "admin"))
                .hasMessageContaining("pgp.rotate.not-published");
        assertThatThrownBy(() -> keys.revoke(current.fingerprint(), false, "x", "admin"))
                .hasMessageContaining("pgp.revoke.current");
        assertThatThrownBy(() -> keys.makeCurrent("0".repeat(40), "admin")).hasMessageContaining("pgp.key.unknown");
    }

    @Test
    void extendingTheExpiryIsOneActionAndTheServedKeyCarriesTheNewDate() throws Exception {
        PsirtKey key = keys.generate(KeyAlgorithm.ED25519, "A <psirt@example.com>", inDays(20), "admin");
        PsirtKey extended = keys.extendExpiry(key.fingerprint(), inDays(400), "admin");
        assertThat(extended.facts().expires()).isEqualTo(inDays(400));
        KeyFacts served = KeyFacts.of(PGPainless.readKeyRing().publicKeyRing(extended.publicKey()), clock.instant());
        assertThat(served.expires()).isEqualTo(inDays(400));
        assertThatThrownBy(() -> keys.extendExpiry(key.fingerprint(), clock.instant().minusSeconds(60), "admin"))
                .hasMessageContaining("pgp.expiry.in-the-past");
    }

    @Test
    void aRevokedKeyIsNoLongerOfferedButStillOpensWhatWasSentToIt() throws Exception {
        PsirtKey old = keys.generate(KeyAlgorithm.ED25519, "Old <psirt@example.com>", inDays(30), "admin");
        String toOld = keys.encryptTo(old.publicKey(), "before the compromise");
        PsirtKey next = keys.generate(KeyAlgorithm.ED25519, "New <psirt@example.com>", inDays(730), "admin");
        keys.makeCurrent(next.fingerprint(), "admin");
        PsirtKey revoked = keys.revoke(old.fingerprint(), true, "laptop stolen", "admin");
        assertThat(revoked.state()).isEqualTo(KeyState.REVOKED);
        assertThat(revoked.revocationReason()).isEqualTo("compromised: laptop stolen");
        assertThat(PGPainless.inspectKeyRing(PGPainless.readKeyRing().publicKeyRing(revoked.publicKey()))
                .getRevocationSelfSignature()).isNotNull();
        assertThat(keys.offered()).extracting(PsirtKey::fingerprint).containsExactly(next.fingerprint());
        assertThat(keys.open(toOld.getBytes(StandardCharsets.US_ASCII), 1_000_000).plaintext())
                .asString(StandardCharsets.UTF_8).isEqualTo("before the compromise");
    }

    @Test
    void anImportedKeyIsUnlockedWithItsOwnPassphraseAndStoredUnderOurs() throws Exception {
        PGPSecretKeyRing theirs = PGPainless.generateKeyRing().modernKeyRing("Imported <psirt@example.com>",
                "their secret");
        String armored = ArmorUtils.toAsciiArmoredString(theirs);
        assertThatThrownBy(() -> keys.importKey(armored, "not it", "admin"))
                .hasMessageContaining("pgp.import.wrong-passphrase");
        assertThatThrownBy(() -> keys.importKey(ArmorUtils.toAsciiArmoredString(PGPainless.extractCertificate(theirs)),
                "", "admin")).hasMessageContaining("pgp.import.public-key-only");
        assertThatThrownBy(() -> keys.importKey("hello", "", "admin"))
                .hasMessageContaining("pgp.import.not-a-secret-key");

        PsirtKey imported = keys.importKey(armored, "their secret", "admin");
        assertThat(imported.origin()).isEqualTo("imported");
        PGPSecretKeyRing stored = PGPainless.readKeyRing().secretKeyRing(jdbc.sql(
                "select secret_key from openpgp_key where fingerprint = ?").param(imported.fingerprint())
                .query(String.class).single());
        assertThat(SecretKeys.unlocks(stored, Passphrase.fromPassword("their secret"))).isFalse();
        assertThatThrownBy(() -> keys.importKey(armored, "their secret", "admin"))
                .hasMessageContaining("pgp.import.already-there");
        assertThat(keys.sign("data".getBytes(StandardCharsets.US_ASCII)).fingerprint())
                .isEqualTo(imported.fingerprint());
    }

    @Test
    void withNoKeyYetTheFirstSignatureMakesOneKeyThatIsCurrent() {
        PsirtKeys.Signature signature = keys.sign("data".getBytes(StandardCharsets.US_ASCII));
        assertThat(keys.all()).hasSize(1);
        assertThat(keys.current()).map(PsirtKey::fingerprint).contains(signature.fingerprint());
        assertThat(signature.armored()).startsWith("-----BEGIN PGP SIGNATURE-----");
        keys.sign("more".getBytes(StandardCharsets.US_ASCII));
        assertThat(keys.all()).hasSize(1);
    }
}
