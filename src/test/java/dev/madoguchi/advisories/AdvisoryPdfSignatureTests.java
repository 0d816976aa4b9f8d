package dev.madoguchi.advisories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

import dev.madoguchi.openpgp.KeyAlgorithm;
import dev.madoguchi.openpgp.PsirtKey;
import dev.madoguchi.openpgp.PsirtKeys;
import dev.madoguchi.openpgp.SignatureChecks;
import dev.madoguchi.shared.DisplayTime;
import dev.madoguchi.testing.MovableClock;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 9, signed publications: each public advisory PDF has a detached signature by the PSIRT key beside it. */
@SpringBootTest
@AutoConfigureMockMvc
class AdvisoryPdfSignatureTests {

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
    AdvisoryPublisher publisher;
    @Autowired
    PsirtKeys keys;

    private ReadyAdvisory published(String title) throws Exception {
        clock.moveTo(Instant.now());
        LocalDateTime agreed = clock.instant().atZone(DisplayTime.JST).toLocalDate().plusDays(1).atTime(10, 0);
        ReadyAdvisory advisory = ReadyAdvisory.prepare(mvc, jdbc, title, agreed);
        advisory.approveAndSchedule(mvc, jdbc);
        clock.moveTo(agreed.atZone(DisplayTime.JST).toInstant());
        assertThat(publisher.publishDue()).isEqualTo(1);
        // back to the real time: verifiers refuse a signature made in their future
        clock.moveTo(Instant.now());
        return advisory;
    }

    private MockHttpServletResponse fetch(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse();
    }

    private PGPPublicKeyRing currentKey() throws Exception {
        return SignatureChecks.certificate(keys.currentOrFirst().publicKey());
    }

    @Test
    void eachPdfHasADetachedSignatureByTheCurrentKeyMadeOnceAndAnAlteredPdfFailsIt() throws Exception {
        ReadyAdvisory a = published("Signed relay");
        for (String pdfPath : new String[] {"/advisories/" + a.id() + ".pdf", "/ja/advisories/" + a.id() + ".pdf"}) {
            clock.moveTo(Instant.now());
            byte[] pdf = fetch(pdfPath).getContentAsByteArray();
            MockHttpServletResponse asc = fetch(pdfPath + ".asc");
            assertThat(asc.getStatus()).as(pdfPath).isEqualTo(200);
            assertThat(asc.getContentType()).isEqualTo("application/pgp-signature");
            assertThat(asc.getHeader("Content-Disposition")).contains(".pdf.asc");
            byte[] signature = asc.getContentAsByteArray();
            assertThat(new String(signature, StandardCharsets.US_ASCII)).startsWith("-----BEGIN PGP SIGNATURE-----");
            assertThat(SignatureChecks.detached(pdf, signature, currentKey())).as(pdfPath).isTrue();
            byte[] altered = pdf.clone();
            altered[altered.length / 2] ^= 1;
            assertThat(SignatureChecks.detached(altered, signature, currentKey())).isFalse();
            // kept: a later request (or another node, reading the table) answers the same bytes, not a new signature
            clock.moveTo(clock.instant().plus(Duration.ofHours(1)));
            assertThat(fetch(pdfPath + ".asc").getContentAsByteArray()).isEqualTo(signature);
        }
        assertThat(jdbc.sql("select count(*) from advisory_pdf_signature where path like ?")
                .param("%" + a.id() + ".pdf").query(Long.class).single()).isEqualTo(2L);
    }

    @Test
    void theAdvisoryPageLinksItsPdfsSignature() throws Exception {
        ReadyAdvisory a = published("Linked signature");
        assertThat(fetch("/advisories/" + a.id()).getContentAsString())
                .contains("href=\"/advisories/" + a.id() + ".pdf.asc\"");
        assertThat(fetch("/ja/advisories/" + a.id()).getContentAsString())
                .contains("href=\"/ja/advisories/" + a.id() + ".pdf.asc\"");
    }

    @Test
    void thereIsNoSignatureWhereThereIsNoPublicPdf() throws Exception {
        clock.moveTo(Instant.now());
        LocalDateTime agreed = clock.instant().atZone(DisplayTime.JST).toLocalDate().plusDays(2).atTime(10, 0);
        ReadyAdvisory embargoed = ReadyAdvisory.prepare(mvc, jdbc, "Embargoed signature", agreed);
        embargoed.approveAndSchedule(mvc, jdbc);
        for (String path : new String[] {"/advisories/" + embargoed.id() + ".pdf.asc",
                "/ja/advisories/" + embargoed.id() + ".pdf.asc", "/advisories/MDG-2099-999.pdf.asc",
                "/advisories/not-an-id.pdf.asc"}) {
            mvc.perform(get(path)).andExpect(status().isNotFound());
        }
        assertThat(jdbc.sql("select count(*) from advisory_pdf_signature where path like ?")
                .param("%" + embargoed.id() + "%").query(Long.class).single()).isZero();
    }

    @Test
    void afterARotationThePdfIsSignedAgainByTheNewCurrentKey() throws Exception {
        ReadyAdvisory a = published("Rotated relay");
        String path = "/advisories/" + a.id() + ".pdf";
        byte[] pdf = fetch(path).getContentAsByteArray();
        byte[] before = fetch(path + ".asc").getContentAsByteArray();
        PsirtKey next = keys.generate(KeyAlgorithm.ED25519, "Next <psirt@example.com>",
                clock.instant().plus(Duration.ofDays(400)), "admin");
        keys.makeCurrent(next.fingerprint(), "admin");
        byte[] after = fetch(path + ".asc").getContentAsByteArray();
        assertThat(after).isNotEqualTo(before);
        assertThat(SignatureChecks.detached(pdf, after, SignatureChecks.certificate(next.publicKey()))).isTrue();
    }
}
