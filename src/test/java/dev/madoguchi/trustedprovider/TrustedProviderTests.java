package dev.madoguchi.trustedprovider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.madoguchi.advisories.PublishedCsaf;
import dev.madoguchi.openpgp.SignatureChecks;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.junit.jupiter.api.Test;
import org.pgpainless.PGPainless;
import org.pgpainless.key.OpenPgpFingerprint;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The trusted provider's tree as a CSAF 2.0 §7.1 client sees it, with real CSAF documents behind it. */
@SpringBootTest(properties = "madoguchi.organization.public-url=https://psirt.example.com")
@AutoConfigureMockMvc
@Import(CorpusPublications.class)
class TrustedProviderTests {

    static final String BASE = "https://psirt.example.com";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    MockHttpServletResponse fetch(String path) throws Exception {
        return Served.fetch(mvc, path);
    }

    byte[] body(String path) throws Exception {
        return Served.body(mvc, path);
    }

    List<String> lines(String path) throws Exception {
        return new String(body(path), StandardCharsets.UTF_8).lines().toList();
    }

    static String path(String url) {
        assertThat(url).startsWith(BASE + "/");
        return url.substring(BASE.length());
    }

    @Test
    void providerMetadataIsValidAgainstTheCsafProviderSchemaAndNamesATrustedProvider() throws Exception {
        byte[] metadata = body("/.well-known/csaf/provider-metadata.json");
        assertThat(ProviderSchema.problems(metadata)).isEmpty();
        JsonNode root = json.readTree(metadata);
        assertThat(root.path("role").asString()).isEqualTo("csaf_trusted_provider");
        assertThat(root.path("metadata_version").asString()).isEqualTo("2.0");
        assertThat(root.path("canonical_url").asString()).isEqualTo(BASE + "/.well-known/csaf/provider-metadata.json");
        JsonNode distribution = root.path("distributions").get(0);
        assertThat(distribution.path("directory_url").asString()).isEqualTo(BASE + "/.well-known/csaf/white/");
        assertThat(distribution.path("rolie").path("feeds").get(0).path("url").asString())
                .isEqualTo(BASE + "/.well-known/csaf/white/csaf-feed-tlp-white.json");
        // last_updated is the newest current_release_date served (ICSA-19-162-04, updated 2021-02-09; the newer
        // AMBER document does not count)
        assertThat(root.path("last_updated").asString()).isEqualTo("2022-03-17T13:03:42.105Z");
    }

    @Test
    void theControlMetadataBrokenOnPurposeFailsTheSchema() throws Exception {
        String metadata = new String(body("/.well-known/csaf/provider-metadata.json"), StandardCharsets.UTF_8);
        byte[] broken = metadata.replace("\"csaf_trusted_provider\"", "\"csaf_trusted_providr\"")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(ProviderSchema.problems(broken)).isNotEmpty();
    }

    @Test
    void everyDocumentInIndexTxtIsServedWithMatchingSha256AndSha512Files() throws Exception {
        List<String> index = lines("/.well-known/csaf/white/index.txt");
        assertThat(index).containsExactlyInAnyOrder("2022/bsi-2022-0001.json", "2021/rhsa-2021_5186.json",
                "2019/icsa-19-162-04.json");
        for (String relative : index) {
            String path = "/.well-known/csaf/white/" + relative;
            byte[] document = body(path);
            String fileName = relative.substring(5);
            assertThat(new String(body(path + ".sha256"), StandardCharsets.US_ASCII))
                    .isEqualTo(Digests.sha256(document) + "  " + fileName + "\n");
            assertThat(new String(body(path + ".sha512"), StandardCharsets.US_ASCII))
                    .isEqualTo(Digests.sha512(document) + "  " + fileName + "\n");
        }
    }

    @Test
    void changesCsvListsEveryDocumentOnceNewestCurrentReleaseDateFirstInQuotes() throws Exception {
        assertThat(lines("/.well-known/csaf/white/changes.csv")).containsExactly(
                "\"2022/bsi-2022-0001.json\",\"2022-03-17T13:03:42.105Z\"",
                "\"2021/rhsa-2021_5186.json\",\"2021-12-16T22:34:00Z\"",
                "\"2019/icsa-19-162-04.json\",\"2021-02-09T00:00:00Z\"");
    }

    @Test
    void theRolieFeedListsEveryDocumentWithHashAndSignatureLinksThatAnswer() throws Exception {
        JsonNode feed = json.readTree(body("/.well-known/csaf/white/csaf-feed-tlp-white.json")).path("feed");
        assertThat(feed.path("link").get(0).path("href").asString())
                .isEqualTo(BASE + "/.well-known/csaf/white/csaf-feed-tlp-white.json");
        assertThat(feed.path("category").get(0).path("term").asString()).isEqualTo("csaf");
        List<String> ids = new ArrayList<>();
        for (JsonNode entry : feed.path("entry")) {
            ids.add(entry.path("id").asString());
            Map<String, List<String>> links = new LinkedHashMap<>();
            entry.path("link").forEach(l -> links.computeIfAbsent(l.path("rel").asString(), k -> new ArrayList<>())
                    .add(l.path("href").asString()));
            String self = links.get("self").get(0);
            assertThat(entry.path("content").path("src").asString()).isEqualTo(self);
            assertThat(entry.path("content").path("type").asString()).isEqualTo("application/json");
            assertThat(entry.path("format").path("version").asString()).isEqualTo("2.0");
            assertThat(links.get("hash")).containsExactly(self + ".sha256", self + ".sha512");
            assertThat(links.get("signature")).containsExactly(self + ".asc");
            byte[] document = body(path(self));
            JsonNode tracking = json.readTree(document).path("document").path("tracking");
            assertThat(entry.path("id").asString()).isEqualTo(tracking.path("id").asString());
            assertThat(Instant.parse(entry.path("updated").asString()))
                    .isEqualTo(Instant.parse(tracking.path("current_release_date").asString()));
            for (String url : links.get("hash")) {
                assertThat(body(path(url))).isNotEmpty();
            }
            assertThat(body(path(links.get("signature").get(0)))).isNotEmpty();
        }
        assertThat(ids).containsExactly("BSI-2022-0001", "RHSA-2021:5186", "ICSA-19-162-04");
    }

    @Test
    void theServiceAndCategoryDocumentsNameTheFeedAndTheProducts() throws Exception {
        JsonNode service = json.readTree(body("/.well-known/csaf/service.json"));
        assertThat(service.path("service").path("workspace").get(0).path("collection").get(0).path("href").asString())
                .isEqualTo(BASE + "/.well-known/csaf/white/csaf-feed-tlp-white.json");
        JsonNode categories = json.readTree(body("/.well-known/csaf/white/csaf-category-tlp-white.json"));
        List<String> terms = new ArrayList<>();
        categories.path("categories").path("category").forEach(c -> terms.add(c.path("term").asString()));
        assertThat(terms).contains("Red Hat", "CSAF Tools", "Siemens");
    }

    @Test
    void everySignatureVerifiesAgainstThePublicKeyTheMetadataNames() throws Exception {
        JsonNode key = json.readTree(body("/.well-known/csaf/provider-metadata.json")).path("public_openpgp_keys")
                .get(0);
        MockHttpServletResponse keyResponse = fetch(path(key.path("url").asString()));
        assertThat(keyResponse.getStatus()).isEqualTo(200);
        assertThat(keyResponse.getContentType()).isEqualTo("application/pgp-keys");
        PGPPublicKeyRing certificate = PGPainless.readKeyRing()
                .publicKeyRing(new ByteArrayInputStream(keyResponse.getContentAsByteArray()));
        assertThat(OpenPgpFingerprint.of(certificate).toString()).isEqualToIgnoringCase(
                key.path("fingerprint").asString());
        for (String relative : lines("/.well-known/csaf/white/index.txt")) {
            String path = "/.well-known/csaf/white/" + relative;
            byte[] signature = body(path + ".asc");
            assertThat(new String(signature, StandardCharsets.US_ASCII)).startsWith("-----BEGIN PGP SIGNATURE-----");
            assertThat(verifies(body(path), signature, certificate)).as(relative).isTrue();
            // made once and kept: the same bytes on every later request (and on every node, from the table)
            assertThat(body(path + ".asc")).isEqualTo(signature);
        }
        assertThat(jdbc.sql("select count(*) from trusted_provider_signature").query(Long.class).single())
                .isEqualTo(3L);
    }

    @Test
    void aTamperedDocumentFailsBothItsHashAndItsSignature() throws Exception {
        String path = "/.well-known/csaf/white/2022/bsi-2022-0001.json";
        byte[] tampered = body(path).clone();
        tampered[tampered.length / 2] ^= 1;
        String published = new String(body(path + ".sha256"), StandardCharsets.US_ASCII).split(" ")[0];
        assertThat(Digests.sha256(tampered)).isNotEqualTo(published);
        JsonNode key = json.readTree(body("/.well-known/csaf/provider-metadata.json")).path("public_openpgp_keys")
                .get(0);
        PGPPublicKeyRing certificate = PGPainless.readKeyRing()
                .publicKeyRing(new ByteArrayInputStream(body(path(key.path("url").asString()))));
        assertThat(verifies(tampered, body(path + ".asc"), certificate)).isFalse();
    }

    @Test
    void eachFileIsServedWithTheContentTypeOfItsKind() throws Exception {
        Map<String, String> types = Map.of(
                "/.well-known/csaf/provider-metadata.json", "application/json",
                "/.well-known/csaf/service.json", "application/json",
                "/.well-known/csaf/white/csaf-feed-tlp-white.json", "application/json",
                "/.well-known/csaf/white/2021/rhsa-2021_5186.json", "application/json",
                "/.well-known/csaf/white/2021/rhsa-2021_5186.json.sha256", "text/plain;charset=UTF-8",
                "/.well-known/csaf/white/2021/rhsa-2021_5186.json.sha512", "text/plain;charset=UTF-8",
                "/.well-known/csaf/white/2021/rhsa-2021_5186.json.asc", "application/pgp-signature",
                "/.well-known/csaf/white/index.txt", "text/plain;charset=UTF-8",
                "/.well-known/csaf/white/changes.csv", "text/csv;charset=UTF-8",
                "/.well-known/security.txt", "text/plain;charset=UTF-8");
        for (Map.Entry<String, String> expected : types.entrySet()) {
            MockHttpServletResponse response = fetch(expected.getKey());
            assertThat(response.getStatus()).as(expected.getKey()).isEqualTo(200);
            assertThat(response.getContentType()).as(expected.getKey()).isEqualToIgnoringWhitespace(expected.getValue());
            assertThat(response.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
        }
    }

    @Test
    void onlyExactPathsAnswerWithoutRedirectAndAnythingElseIsNotFound() throws Exception {
        mvc.perform(get("/.well-known/csaf/provider-metadata.json")).andExpect(status().isOk())
                .andExpect(header().doesNotExist("Location"));
        mvc.perform(head("/.well-known/csaf/provider-metadata.json")).andExpect(status().isOk());
        for (String missing : List.of("/.well-known/csaf/white/2022/nope.json", "/.well-known/csaf/white",
                "/.well-known/csaf/white/2021/bsi-2022-0001.json", "/.well-known/csaf/white/2022/BSI-2022-0001.json",
                "/.well-known/csaf/openpgp/0000000000000000000000000000000000000000.asc",
                "/.well-known/csaf/nothing.txt")) {
            assertThat(fetch(missing).getStatus()).as(missing).isEqualTo(404);
        }
        // an encoded traversal is refused before it reaches the directory (the security filter chain's firewall)
        assertThat(fetch("/.well-known/csaf/white/2022/..%2f..%2fprovider-metadata.json").getStatus()).isEqualTo(400);
    }

    @Test
    void aDocumentNotLabelledTlpWhiteIsNeitherServedNorListed() throws Exception {
        PublishedCsaf amber = CorpusPublications.read(CorpusPublications.AMBER, "AMBER");
        String path = "/.well-known/csaf/white/" + amber.year() + "/" + amber.fileName();
        for (String extension : List.of("", ".sha256", ".sha512", ".asc")) {
            assertThat(fetch(path + extension).getStatus()).as(path + extension).isEqualTo(404);
        }
        for (String list : List.of("/.well-known/csaf/white/index.txt", "/.well-known/csaf/white/changes.csv",
                "/.well-known/csaf/white/csaf-feed-tlp-white.json")) {
            assertThat(new String(body(list), StandardCharsets.UTF_8)).doesNotContain(amber.fileName(),
                    amber.trackingId());
        }
    }

    @Test
    void aRepeatedRequestWithTheEtagIsAnsweredNotModified() throws Exception {
        MockHttpServletResponse first = fetch("/.well-known/csaf/white/changes.csv");
        String etag = first.getHeader("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.getHeader("Last-Modified")).isNotBlank();
        mvc.perform(get("/.well-known/csaf/white/changes.csv").header("If-None-Match", etag))
                .andExpect(status().isNotModified());
    }

    @Test
    void securityTxtHasRfc9116FieldsAndItsCsafFieldPointsAtTheProviderMetadata() throws Exception {
        byte[] wellKnown = body("/.well-known/security.txt");
        assertThat(body("/security.txt")).isEqualTo(wellKnown);
        List<String> fields = new String(wellKnown, StandardCharsets.UTF_8).lines().toList();
        assertThat(fields).contains("Contact: mailto:psirt@example.com", "Contact: " + BASE + "/report",
                "Preferred-Languages: ja, en", "Policy: " + BASE + "/policy",
                "Canonical: " + BASE + "/.well-known/security.txt");
        String csaf = fields.stream().filter(f -> f.startsWith("CSAF: ")).findFirst().orElseThrow();
        String metadataUrl = json.readTree(body("/.well-known/csaf/provider-metadata.json")).path("canonical_url")
                .asString();
        assertThat(csaf).isEqualTo("CSAF: " + metadataUrl);
        assertThat(metadataUrl).startsWith("https://");
        Instant expires = Instant.parse(fields.stream().filter(f -> f.startsWith("Expires: ")).findFirst()
                .orElseThrow().substring("Expires: ".length()));
        // RFC 9116 §2.5.5: in the future, and less than a year ahead
        assertThat(expires).isAfter(Instant.now()).isBefore(Instant.now().plus(365, ChronoUnit.DAYS));
    }

    static boolean verifies(byte[] data, byte[] signature, PGPPublicKeyRing certificate) throws Exception {
        return SignatureChecks.detached(data, signature, certificate);
    }
}
