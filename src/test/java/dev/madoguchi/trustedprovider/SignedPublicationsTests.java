package dev.madoguchi.trustedprovider;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import dev.madoguchi.openpgp.KeyAlgorithm;
import dev.madoguchi.openpgp.PsirtKey;
import dev.madoguchi.openpgp.PsirtKeys;
import dev.madoguchi.openpgp.SignatureChecks;
import dev.madoguchi.testing.MovableClock;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pgpainless.PGPainless;
import org.pgpainless.key.OpenPgpFingerprint;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 9, signed publications by the PSIRT key: security.txt cleartext-signed (RFC 9116 §2.3) and stable for a day,
 * and the CSAF provider offering the PSIRT keys (CSAF 2.0 §7.1.20) and signing with the current one (§7.1.19).
 */
@SpringBootTest(properties = "madoguchi.organization.public-url=https://psirt.example.com")
@AutoConfigureMockMvc
@Import(CorpusPublications.class)
class SignedPublicationsTests {

    static final String BASE = TrustedProviderTests.BASE;
    static final String DOCUMENT = "/.well-known/csaf/white/2022/bsi-2022-0001.json";

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Instant.now());
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;
    @Autowired
    PsirtKeys keys;

    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void now() {
        clock.moveTo(Instant.now());
    }

    byte[] body(String path) throws Exception {
        return Served.body(mvc, path);
    }

    private PGPPublicKeyRing current() throws Exception {
        return SignatureChecks.certificate(keys.currentOrFirst().publicKey());
    }

    @Test
    void securityTxtIsCleartextSignedByTheCurrentKeyAndAnAlteredCopyFails() throws Exception {
        String signed = new String(body("/.well-known/security.txt"), StandardCharsets.UTF_8);
        assertThat(signed).startsWith("-----BEGIN PGP SIGNED MESSAGE-----\n")
                .contains("-----BEGIN PGP SIGNATURE-----")
                .contains("\nEncryption: " + BASE + "/pgp-key.asc\n", "\nContact: mailto:psirt@example.com\n",
                        "\nAcknowledgments: " + BASE + "/acknowledgments\n",
                        "\nCSAF: " + BASE + "/.well-known/csaf/provider-metadata.json\n");
        assertThat(SignatureChecks.clearsigned(signed, current())).isTrue();
        String altered = signed.replace("mailto:psirt@", "mailto:attacker@");
        assertThat(SignatureChecks.clearsigned(altered, current())).isFalse();
        assertThat(body("/security.txt")).isEqualTo(signed.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void securityTxtIsTheSameBytesAllDayAndRenewedWithItsExpiryTheNextDay() throws Exception {
        keys.currentOrFirst();
        Instant tomorrow = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
        clock.moveTo(tomorrow.plus(Duration.ofMinutes(10)));
        byte[] morning = body("/.well-known/security.txt");
        clock.moveTo(tomorrow.plus(Duration.ofHours(23)));
        // kept: an RSA key would sign the same text differently each time; every node reads this row
        assertThat(body("/.well-known/security.txt")).isEqualTo(morning);
        clock.moveTo(tomorrow.plus(Duration.ofHours(25)));
        byte[] nextDay = body("/.well-known/security.txt");
        assertThat(nextDay).isNotEqualTo(morning);
        assertThat(expires(nextDay)).isEqualTo(expires(morning).plus(Duration.ofDays(1)))
                .isBefore(clock.instant().plus(Duration.ofDays(365)));
    }

    @Test
    void theMetadataOffersEveryPublishedKeyEachAtItsOwnUrlAndTheNewCurrentKeySignsAfterTheSwitch() throws Exception {
        PsirtKey old = keys.currentOrFirst();
        byte[] document = body(DOCUMENT);
        PsirtKey next = keys.generate(KeyAlgorithm.ED25519, "Next PSIRT <psirt@example.com>",
                clock.instant().plus(Duration.ofDays(400)), "admin");
        assertThat(offeredFingerprints()).containsExactly(old.fingerprint(), next.fingerprint());
        // during the overlap the current key still signs
        assertThat(TrustedProviderTests.verifies(document, body(DOCUMENT + ".asc"), current())).isTrue();

        keys.makeCurrent(next.fingerprint(), "admin");
        assertThat(offeredFingerprints()).containsExactly(next.fingerprint());
        PGPPublicKeyRing nextKey = SignatureChecks.certificate(next.publicKey());
        assertThat(TrustedProviderTests.verifies(document, body(DOCUMENT + ".asc"), nextKey)).isTrue();
        String securityTxt = new String(body("/.well-known/security.txt"), StandardCharsets.UTF_8);
        assertThat(SignatureChecks.clearsigned(securityTxt, nextKey))
                .isTrue();
        assertThat(Served.fetch(mvc, ProviderPaths.publicKey(old.fingerprint())).getStatus()).isEqualTo(404);
    }

    /** The fingerprints the metadata lists, each checked against the key its URL serves. */
    private List<String> offeredFingerprints() throws Exception {
        List<String> fingerprints = new ArrayList<>();
        for (JsonNode key : json.readTree(body(ProviderPaths.METADATA)).path("public_openpgp_keys")) {
            PGPPublicKeyRing served = PGPainless.readKeyRing()
                    .publicKeyRing(body(TrustedProviderTests.path(key.path("url").asString())));
            assertThat(OpenPgpFingerprint.of(served).toString()).isEqualToIgnoringCase(key.path("fingerprint")
                    .asString());
            fingerprints.add(key.path("fingerprint").asString());
        }
        return fingerprints;
    }

    private static Instant expires(byte[] securityTxt) {
        return new String(securityTxt, StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("Expires: "))
                .map(l -> Instant.parse(l.substring("Expires: ".length()))).findFirst().orElseThrow();
    }
}

