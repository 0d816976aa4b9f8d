package dev.madoguchi.openpgp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pgpainless.util.Passphrase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 9, proof of interoperability: GnuPG, the OpenPGP implementation reporters and coordinators use most, agrees
 * with Madoguchi on every exchange (encrypted reports in, encrypted and signed replies out, signed publications, keys
 * both ways), for an Ed25519 and an RSA key. It runs {@code gpg} in a temporary home directory and is skipped only
 * when gpg is not installed ({@code .ci/run} installs it, so CI never skips).
 */
@SpringBootTest(properties = "madoguchi.organization.public-url=https://psirt.example.com")
@AutoConfigureMockMvc
class GnuPgInteroperabilityTests {

    /** A real CSAF document, as the trusted provider signs them (CSAF 2.0 §7.1.19). */
    static final Path CSAF = Path.of("../shared/corpus/csaf-examples/csaf/bsi-2022-0001.json");
    static final String REPORTER = "Reporter <reporter@example.org>";
    static final String PSIRT = "Example PSIRT <psirt@example.com>";

    /** Our key's kind, and the kind gpg makes for the other side. */
    enum Kind {
        ED25519(KeyAlgorithm.ED25519, "ed25519", "cv25519"),
        RSA(KeyAlgorithm.RSA_4096, "rsa3072", "rsa3072");

        final KeyAlgorithm ours;
        final String gpgPrimary;
        final String gpgEncryption;

        Kind(KeyAlgorithm ours, String gpgPrimary, String gpgEncryption) {
            this.ours = ours;
            this.gpgPrimary = gpgPrimary;
            this.gpgEncryption = gpgEncryption;
        }
    }

    @Autowired
    PsirtKeys keys;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @TempDir
    Path home;
    GnuPg gpg;

    @BeforeAll
    static void gpgIsInstalled() {
        Assumptions.assumeTrue(GnuPg.available(), "SKIPPED: gpg (GnuPG) is not on the PATH; install Debian's gnupg "
                + "package (.ci/run does) to run the OpenPGP interoperability tests of issue 9");
    }

    @BeforeEach
    void freshKeysAndGpgHome() {
        jdbc.sql("delete from openpgp_expiry_warning").update();
        jdbc.sql("delete from openpgp_key").update();
        gpg = new GnuPg(home.resolve("gnupg"));
    }

    @AfterEach
    void stopGpgAgent() throws Exception {
        gpg.close();
    }

    /** Our RSA 4096 key, made once for the class: its generation takes tens of seconds on a busy machine. */
    private static String rsaKey;

    /** A current key of ours of that kind, generated as the key page does (RSA: imported, made once). */
    private PsirtKey ours(Kind kind) {
        Instant expires = Instant.now().plus(Duration.ofDays(365));
        if (kind.ours == KeyAlgorithm.ED25519) {
            return keys.generate(kind.ours, PSIRT, expires, "admin");
        }
        if (rsaKey == null) {
            rsaKey = SecretKeys.armor(SecretKeys.generate(kind.ours, PSIRT, expires, Passphrase.emptyPassphrase()));
        }
        return keys.importKey(rsaKey, "", "admin");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aMessageGpgEncryptsToOurPublicKeyOpensHereAndGpgSeesOurFingerprint(Kind kind) throws Exception {
        PsirtKey key = ours(kind);
        gpg.importKey(key.publicKey());
        assertThat(gpg.fingerprint("psirt@example.com")).isEqualTo(key.fingerprint());

        String report = "脆弱性の報告です。 A buffer overflow in the web UI.\n";
        for (boolean armored : new boolean[] {true, false}) {
            byte[] message = gpg.ok(report.getBytes(StandardCharsets.UTF_8), "--trust-model", "always",
                    armored ? "--armor" : "--no-armor", "--recipient", key.fingerprint(), "--encrypt").output();
            PsirtKeys.OpenedMessage opened = keys.open(message, 1_000_000);
            assertThat(new String(opened.plaintext(), StandardCharsets.UTF_8)).as("armored " + armored)
                    .isEqualTo(report);
            assertThat(opened.fingerprint()).isEqualTo(key.fingerprint());
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aReplyWeEncryptToAGpgKeyDecryptsInGpgAndOurSignatureOnItVerifies(Kind kind) throws Exception {
        PsirtKey key = keys.currentOrFirst();
        gpg.importKey(key.publicKey());
        String reporterKey = gpg.exportPublic(gpg.generate(REPORTER, kind.gpgPrimary, kind.gpgEncryption, ""));

        String reply = "ご報告ありがとうございます。 Thank you for your report.\n";
        String sealed = keys.encryptTo(reporterKey, reply);
        GnuPg.Result opened = gpg.ok(sealed.getBytes(StandardCharsets.US_ASCII), "--trust-model", "always",
                "--decrypt");
        assertThat(opened.text()).isEqualTo(reply);
        assertThat(opened.says("DECRYPTION_OKAY")).isTrue();
        assertThat(opened.says("GOODSIG")).isTrue();
        assertThat(opened.says("VALIDSIG " + key.fingerprint())).as(opened.status()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void ourSignaturesOnACsafFileAndOnSecurityTxtVerifyInGpgAndAlteredCopiesFail(Kind kind) throws Exception {
        PsirtKey key = ours(kind);
        gpg.importKey(key.publicKey());

        byte[] csaf = Files.readAllBytes(CSAF);
        String signature = keys.sign(csaf).armored();
        GnuPg.Result good = gpg.verify(signature, csaf);
        assertThat(good.exit()).as(good.status()).isZero();
        assertThat(good.says("VALIDSIG " + key.fingerprint())).isTrue();
        byte[] altered = csaf.clone();
        altered[altered.length / 2] ^= 1;
        GnuPg.Result bad = gpg.verify(signature, altered);
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.says("BADSIG")).isTrue();

        String securityTxt = mvc.perform(get("/.well-known/security.txt")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(securityTxt).startsWith("-----BEGIN PGP SIGNED MESSAGE-----");
        GnuPg.Result clear = gpg.verify(securityTxt, null);
        assertThat(clear.exit()).as(clear.status()).isZero();
        assertThat(clear.says("VALIDSIG " + key.fingerprint())).isTrue();
        GnuPg.Result tampered = gpg.verify(securityTxt.replace("mailto:psirt@", "mailto:attacker@"), null);
        assertThat(tampered.exit()).isNotZero();
        assertThat(tampered.says("BADSIG")).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aSecretKeyGpgExportsWithAPassphraseImportsHereWithItsFingerprintAndOpensGpgMessages(Kind kind)
            throws Exception {
        String fingerprint = gpg.generate(PSIRT, kind.gpgPrimary,
                kind.gpgEncryption, "gpg's secret");
        String exported = gpg.exportSecret(fingerprint, "gpg's secret");
        assertThat(exported).startsWith("-----BEGIN PGP PRIVATE KEY BLOCK-----");

        assertThatThrownBy(() -> keys.importKey(exported, "not it", "admin"))
                .isInstanceOfSatisfying(OpenPgpProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("pgp.import.wrong-passphrase"));
        PsirtKey imported = keys.importKey(exported, "gpg's secret", "admin");
        assertThat(imported.fingerprint()).isEqualTo(fingerprint);
        assertThat(imported.state()).isEqualTo(KeyState.CURRENT);

        byte[] message = gpg.ok("to the imported key".getBytes(StandardCharsets.UTF_8), "--trust-model", "always",
                "--armor", "--recipient", fingerprint, "--encrypt").output();
        assertThat(keys.open(message, 1_000)).extracting(PsirtKeys.OpenedMessage::fingerprint).isEqualTo(fingerprint);
        // and what it signs now verifies in gpg with the key gpg made
        byte[] data = "signed by the imported key".getBytes(StandardCharsets.UTF_8);
        assertThat(gpg.verify(keys.sign(data).armored(), data).exit()).isZero();
    }
}
