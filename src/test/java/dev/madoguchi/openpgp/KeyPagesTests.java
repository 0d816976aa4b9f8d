package dev.madoguchi.openpgp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.madoguchi.shared.DisplayTime;
import dev.madoguchi.shared.Role;
import dev.madoguchi.testing.SignedIn;
import dev.madoguchi.testing.StaffFixtures;
import jakarta.servlet.http.Cookie;

import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pgpainless.PGPainless;
import org.pgpainless.key.OpenPgpFingerprint;
import org.pgpainless.util.ArmorUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The key management page (ADMIN only) and the public key page with its download (issue 9). */
@SpringBootTest
@AutoConfigureMockMvc
class KeyPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PsirtKeys keys;

    @BeforeEach
    void noKeys() {
        jdbc.sql("delete from openpgp_expiry_warning").update();
        jdbc.sql("delete from openpgp_key").update();
    }

    private Cookie as(Role role) throws Exception {
        String name = StaffFixtures.unique(role.name().toLowerCase());
        StaffFixtures.create(jdbc, name, role);
        return SignedIn.as(mvc, name);
    }

    private String inYears(int years) {
        return LocalDate.now(DisplayTime.JST).plusYears(years).toString();
    }

    private String page(String path, Cookie session, String language) throws Exception {
        var request = get(path).header("Accept-Language", language);
        if (session != null) {
            request.cookie(session);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private void generate(Cookie admin, String userId, String expires) throws Exception {
        mvc.perform(post("/admin/pgp-keys/generate").cookie(admin).with(csrf()).param("algorithm", "ED25519")
                        .param("userId", userId).param("expires", expires))
                .andExpect(redirectedUrl("/admin/pgp-keys")).andExpect(flash().attribute("notice", "pgp.admin.generated"));
    }

    @Test
    void onlyAnAdministratorReachesKeyManagementAndPsirtGetsNotFound() throws Exception {
        Cookie admin = as(Role.ADMIN);
        assertThat(page("/admin/pgp-keys", admin, "en")).contains("PSIRT OpenPGP keys", "Generate a key",
                "Generating an RSA 4096 key takes several seconds");
        Cookie psirt = as(Role.PSIRT);
        mvc.perform(get("/admin/pgp-keys").cookie(psirt)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/pgp-keys/generate").cookie(psirt).with(csrf()).param("algorithm", "ED25519")
                .param("userId", "X <psirt@example.com>").param("expires", inYears(1))).andExpect(status().isNotFound());
        assertThat(keys.all()).isEmpty();
        // the administrators' navigation links to it; PSIRT's does not
        assertThat(page("/desk", admin, "en")).contains("href=\"/admin/pgp-keys\"");
        assertThat(page("/desk", psirt, "en")).doesNotContain("href=\"/admin/pgp-keys\"");
    }

    @Test
    void aPostWithoutCsrfTokenIsRefusedAndMakesNoKey() throws Exception {
        Cookie admin = as(Role.ADMIN);
        mvc.perform(post("/admin/pgp-keys/generate").cookie(admin).param("algorithm", "ED25519")
                .param("userId", "X <psirt@example.com>").param("expires", inYears(1))).andExpect(status().isForbidden());
        assertThat(keys.all()).isEmpty();
    }

    @Test
    void aGeneratedKeyIsShownOnThePublicPageAsTheNecPolicyListsIt() throws Exception {
        generate(as(Role.ADMIN), "Example-PSIRT <psirt@example.com>", "2031-06-30");
        PsirtKey key = keys.current().orElseThrow();
        KeyFacts facts = key.facts();
        assertThat(facts.expires()).isEqualTo(Instant.parse("2031-06-30T14:59:59Z"));

        String html = page("/pgp-key", null, "en");
        assertThat(html).contains("Current key", facts.shortKeyId(), facts.keyId(), ">EdDSA<",
                ">" + facts.bits() + "<", ">" + LocalDate.ofInstant(facts.created(), DisplayTime.JST) + "<",
                ">2031-06-30<", "Example-PSIRT &lt;psirt@example.com&gt;", facts.groupedFingerprint(),
                "href=\"/pgp-key.asc\"");
        assertThat(facts.groupedFingerprint()).matches("([0-9A-F]{4} ){4}[0-9A-F]{4}  ([0-9A-F]{4} ){4}[0-9A-F]{4}");
        assertThat(page("/pgp-key", null, "ja")).contains("フィンガープリント", "有効期限", facts.groupedFingerprint());
    }

    @Test
    void aRefusedGenerationSaysWhyInTheUsersLanguageAndKeepsWhatWasTyped() throws Exception {
        Cookie admin = as(Role.ADMIN);
        String html = mvc.perform(post("/admin/pgp-keys/generate").cookie(admin).with(csrf()).header("Accept-Language", "ja")
                        .param("algorithm", "RSA_4096").param("userId", "Kept <kept@example.com>")
                        .param("expires", "2001-01-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("有効期限は未来の日時にしてください。", "value=\"Kept &lt;kept@example.com&gt;\"",
                "value=\"2001-01-01\"");
        assertThat(html).containsPattern("value=\"RSA_4096\"\\s+checked");
        assertThat(keys.all()).isEmpty();
    }

    @Test
    void aRefusedImportKeepsTheKeyButNeverEchoesThePassphrase() throws Exception {
        Cookie admin = as(Role.ADMIN);
        PGPSecretKeyRing theirs = PGPainless.generateKeyRing().modernKeyRing("Imported <psirt@example.com>",
                "their secret");
        String armored = ArmorUtils.toAsciiArmoredString(theirs);
        String html = mvc.perform(multipart("/admin/pgp-keys/import").cookie(admin).with(csrf()).header("Accept-Language", "en")
                        .param("armored", armored).param("passphrase", "mistyped-passphrase-4711"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("The passphrase does not unlock this secret key.",
                armored.lines().filter(l -> l.length() > 40).findFirst().orElseThrow())
                .doesNotContain("mistyped-passphrase-4711");
        assertThat(keys.all()).isEmpty();

        // the same key as a file, with its passphrase
        mvc.perform(multipart("/admin/pgp-keys/import").file(new MockMultipartFile("file", "key.asc", "text/plain",
                        armored.getBytes(StandardCharsets.US_ASCII))).cookie(admin).with(csrf())
                        .param("passphrase", "their secret"))
                .andExpect(redirectedUrl("/admin/pgp-keys")).andExpect(flash().attribute("notice", "pgp.admin.imported"));
        assertThat(keys.current().orElseThrow().fingerprint())
                .isEqualTo(OpenPgpFingerprint.of(theirs).toString().toUpperCase());
        assertThat(keys.current().orElseThrow().origin()).isEqualTo("imported");
    }

    @Test
    void rotationOnThePageKeepsBothKeysOfferedUntilTheSwitchAndListsThePreviousOnes() throws Exception {
        Cookie admin = as(Role.ADMIN);
        generate(admin, "Example-PSIRT <psirt@example.com>", inYears(1));
        generate(admin, "Example-PSIRT <psirt@example.com>", inYears(2));
        PsirtKey old = keys.current().orElseThrow();
        PsirtKey next = keys.offered().get(1);
        assertThat(page("/pgp-key", null, "en")).contains("Next key", next.facts().groupedFingerprint(),
                old.facts().groupedFingerprint());
        assertThat(armoredFingerprints()).containsExactly(old.fingerprint(), next.fingerprint());

        // the current key cannot be revoked (it has no revoke form; a forged request is refused with the reason)
        String refused = mvc.perform(post("/admin/pgp-keys/" + old.fingerprint() + "/revoke").cookie(admin)
                        .with(csrf()).header("Accept-Language", "en").param("cause", "superseded").param("reason", "x"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("The current key cannot be revoked.");
        // a revocation without its cause is refused next to the key's form, the reason typed kept
        refused = mvc.perform(post("/admin/pgp-keys/" + next.fingerprint() + "/revoke").cookie(admin)
                        .with(csrf()).header("Accept-Language", "en").param("reason", "kept reason"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Choose why the key is revoked.", "value=\"kept reason\"");
        assertThat(keys.offered()).hasSize(2);

        mvc.perform(post("/admin/pgp-keys/" + next.fingerprint() + "/current").cookie(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/pgp-keys"));
        mvc.perform(post("/admin/pgp-keys/" + old.fingerprint() + "/revoke").cookie(admin).with(csrf())
                        .param("cause", "superseded").param("reason", "rotated"))
                .andExpect(redirectedUrl("/admin/pgp-keys")).andExpect(flash().attribute("notice", "pgp.admin.revoked"));
        assertThat(keys.byFingerprint(old.fingerprint()).orElseThrow().revocationReason()).isEqualTo("superseded: rotated");
        // the revoked key follows the offered ones, carrying its revocation for those who still hold it
        assertThat(armoredFingerprints()).containsExactly(next.fingerprint(), old.fingerprint());
        String served = mvc.perform(get("/pgp-key.asc")).andReturn().getResponse().getContentAsString();
        PGPPublicKeyRing revoked = PGPainless.readKeyRing().publicKeyRing(
                served.substring(served.lastIndexOf("-----BEGIN PGP PUBLIC KEY BLOCK-----")));
        assertThat(PGPainless.inspectKeyRing(revoked).getRevocationSelfSignature()).isNotNull();
        String today = LocalDate.now(DisplayTime.JST).toString();
        assertThat(page("/pgp-key", null, "en")).contains("Previous keys", old.facts().groupedFingerprint(),
                "Revoked on " + today);
        assertThat(page("/admin/pgp-keys", admin, "en")).contains("superseded: rotated", "Revoked", "Retired");
    }

    @Test
    void extendingTheExpiryIsOneFormPerKeyAndAPastDateIsRefusedWithTheDateKept() throws Exception {
        Cookie admin = as(Role.ADMIN);
        generate(admin, "Example-PSIRT <psirt@example.com>", inYears(1));
        String fingerprint = keys.current().orElseThrow().fingerprint();
        String refused = mvc.perform(post("/admin/pgp-keys/" + fingerprint + "/expiry").cookie(admin).with(csrf())
                        .header("Accept-Language", "en").param("expires", "2002-02-02"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("The expiry date must be in the future.", "value=\"2002-02-02\"");
        mvc.perform(post("/admin/pgp-keys/" + fingerprint + "/expiry").cookie(admin).with(csrf())
                        .param("expires", "2033-03-03"))
                .andExpect(redirectedUrl("/admin/pgp-keys")).andExpect(flash().attribute("notice", "pgp.admin.extended"));
        assertThat(keys.current().orElseThrow().facts().expires()).isEqualTo(Instant.parse("2033-03-03T14:59:59Z"));
        assertThat(page("/pgp-key", null, "en")).contains(">2033-03-03<");
    }

    @Test
    void theDownloadServesAKeyOnAFreshInstallationAsPgpKeys() throws Exception {
        var response = mvc.perform(get("/pgp-key.asc")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("application/pgp-keys");
        assertThat(armoredFingerprints()).containsExactly(keys.current().orElseThrow().fingerprint());
        assertThat(response.getContentAsString()).doesNotContain("PRIVATE");
    }

    /** The fingerprints of the keys in {@code /pgp-key.asc}, in order. */
    private List<String> armoredFingerprints() throws Exception {
        String text = mvc.perform(get("/pgp-key.asc")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        List<String> fingerprints = new ArrayList<>();
        for (String block : text.split("(?<=-----END PGP PUBLIC KEY BLOCK-----)")) {
            if (!block.isBlank()) {
                PGPPublicKeyRing ring = PGPainless.readKeyRing().publicKeyRing(block);
                fingerprints.add(OpenPgpFingerprint.of(ring).toString().toUpperCase());
            }
        }
        return fingerprints;
    }
}
