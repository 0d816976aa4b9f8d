package dev.madoguchi.openpgp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.madoguchi.shared.Organization;

import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pgpainless.PGPainless;
import org.pgpainless.key.OpenPgpFingerprint;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The Web Key Directory, direct method (draft-koch-openpgp-webkey-service §3.1), for the PSIRT address. */
@SpringBootTest
@AutoConfigureMockMvc
class WebKeyDirectoryTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PsirtKeys keys;
    @Autowired
    Organization organization;

    @BeforeEach
    void noKeys() {
        jdbc.sql("delete from openpgp_expiry_warning").update();
        jdbc.sql("delete from openpgp_key").update();
    }

    private Instant inDays(int days) {
        return Instant.now().plus(Duration.ofDays(days)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private String psirtHash() {
        return WebKeyDirectory.hashedLocalPart(organization.psirtEmail());
    }

    @Test
    void thePsirtAddressesHashAnswersTheBinaryCertificatesOfTheOfferedKeys() throws Exception {
        PsirtKey current = keys.generate(KeyAlgorithm.ED25519, keys.defaultUserId(), inDays(365), "admin");
        PsirtKey next = keys.generate(KeyAlgorithm.ED25519, keys.defaultUserId(), inDays(730), "admin");
        var response = mvc.perform(get("/.well-known/openpgpkey/hu/" + psirtHash() + "?l=psirt"))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/octet-stream");
        byte[] body = response.getContentAsByteArray();
        assertThat(new String(body, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("-----BEGIN");
        List<String> fingerprints = new ArrayList<>();
        for (PGPPublicKeyRing ring : PGPainless.readKeyRing().publicKeyRingCollection(body)) {
            fingerprints.add(OpenPgpFingerprint.of(ring).toString().toUpperCase());
        }
        assertThat(fingerprints).containsExactly(current.fingerprint(), next.fingerprint());
    }

    @Test
    void anyOtherHashIsNotFound() throws Exception {
        keys.generate(KeyAlgorithm.ED25519, keys.defaultUserId(), inDays(365), "admin");
        mvc.perform(get("/.well-known/openpgpkey/hu/" + WebKeyDirectory.hashedLocalPart("someone@example.com")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/.well-known/openpgpkey/hu/" + psirtHash().toUpperCase())).andExpect(status().isNotFound());
    }

    @Test
    void aKeyWithoutThePsirtAddressIsNotServedForIt() throws Exception {
        keys.generate(KeyAlgorithm.ED25519, "Someone Else <else@example.net>", inDays(365), "admin");
        mvc.perform(get("/.well-known/openpgpkey/hu/" + psirtHash())).andExpect(status().isNotFound());
    }

    @Test
    void thePolicyFileIsThereAndEmpty() throws Exception {
        var response = mvc.perform(get("/.well-known/openpgpkey/policy")).andExpect(status().isOk()).andReturn()
                .getResponse();
        assertThat(response.getContentAsByteArray()).isEmpty();
    }
}
