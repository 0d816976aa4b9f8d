package dev.madoguchi.advisories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import dev.madoguchi.csaf.CsafFinding;
import dev.madoguchi.csaf.CsafValidator;
import dev.madoguchi.csaf.JsonReader;
import dev.madoguchi.csaf.JsonValue;
import dev.madoguchi.shared.DisplayTime;
import dev.madoguchi.testing.MovableClock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.json.JsonMapper;

/**
 * The CSAF 2.0 document of each published revision, written by the real publication path and served through
 * {@link CsafPublications}.
 */
@SpringBootTest(properties = "madoguchi.organization.public-url=https://psirt.example.com/")
@AutoConfigureMockMvc
class CsafPublicationTests {

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
    CsafPublications publications;
    @Autowired
    CsafDocuments documents;
    @Autowired
    JsonMapper json;

    @BeforeEach
    void now() {
        clock.moveTo(Instant.now());
    }

    /**
     * A ready advisory whose product the catalog knows well (versions, CPE, a model number), published at its
     * agreed instant.
     */
    private ReadyAdvisory published(String title) throws Exception {
        LocalDateTime agreed = clock.instant().atZone(DisplayTime.JST).toLocalDate().plusDays(1).atTime(10, 0);
        ReadyAdvisory a = ReadyAdvisory.prepare(mvc, jdbc, title, agreed);
        jdbc.sql("update product set cpe = ?, model_numbers = ? where id = ?")
                .params("cpe:2.3:h:example:controller:*:*:*:*:*:*:*:*", new String[] {"CX-" + a.productId()},
                        a.productId()).update();
        int position = 1;
        for (String version : List.of("1.0", "1.5", "2.0")) {
            jdbc.sql("""
                    insert into product_version (product_id, version, position, created_at)
                    values (?, ?, ?, now())""").params(a.productId(), version, position++).update();
        }
        a.approveAndSchedule(mvc, jdbc);
        clock.moveTo(a.agreedJst().atZone(DisplayTime.JST).toInstant());
        assertThat(publisher.publishDue()).isEqualTo(1);
        return a;
    }

    private PublishedCsaf served(ReadyAdvisory a) {
        return publications.current().stream().filter(c -> c.trackingId().equals(a.id())).findFirst().orElseThrow();
    }

    private static JsonValue read(PublishedCsaf csaf) {
        return JsonReader.read(csaf.json());
    }

    @Test
    void aPublishedAdvisorysDocumentValidatesWithoutErrorsOrWarnings() throws Exception {
        ReadyAdvisory a = published("Valid relay");
        List<CsafFinding> findings = CsafValidator.all().validate(served(a).json()).findings();
        assertThat(findings).filteredOn(f -> f.severity() != CsafFinding.Severity.INFO).isEmpty();
        JsonValue d = read(served(a)).get("document");
        assertThat(d.get("title").text()).isEqualTo("Valid relay");
        assertThat(d.get("acknowledgments").get(0).get("names").get(0).text()).isEqualTo("Credit Valid relay");
    }

    @Test
    void theDocumentIsTlpWhiteAndNamedByTheFileNameRuleInTheFolderOfItsInitialReleaseYear() throws Exception {
        ReadyAdvisory a = published("White relay");
        PublishedCsaf csaf = served(a);
        int year = a.agreedJst().atZone(DisplayTime.JST).toInstant().atOffset(ZoneOffset.UTC).getYear();
        assertThat(csaf.tlp()).isEqualTo("WHITE");
        assertThat(read(csaf).get("document").get("distribution").get("tlp").get("label").text()).isEqualTo("WHITE");
        assertThat(csaf.fileName()).isEqualTo(a.id().toLowerCase(java.util.Locale.ROOT) + ".json");
        assertThat(csaf.year()).isEqualTo(year);
        assertThat(csaf.initialReleaseDate()).isEqualTo(a.agreedJst().atZone(DisplayTime.JST).toInstant());
        assertThat(read(csaf).get("document").get("references").get(0).get("url").text())
                .isEqualTo("https://psirt.example.com/.well-known/csaf/white/" + year + "/" + csaf.fileName());
        assertThat(publications.file(year, csaf.fileName())).get().extracting(PublishedCsaf::trackingId)
                .isEqualTo(a.id());
        assertThat(publications.file(year - 1, csaf.fileName())).isEmpty();
        assertThat(publications.file(year, "other.json")).isEmpty();
    }

    @Test
    void theProductTreeGoesFromTheVendorThroughTheProductToEachCoveredVersion() throws Exception {
        ReadyAdvisory a = published("Tree relay");
        JsonValue vendor = read(served(a)).get("product_tree").get("branches").get(0);
        assertThat(vendor.get("category").text() + " " + vendor.get("name").text())
                .isEqualTo("vendor Example Corporation");
        JsonValue product = vendor.get("branches").get(0);
        assertThat(product.get("category").text() + " " + product.get("name").text())
                .isEqualTo("product_name Controller Tree relay");
        assertThat(product.get("branches").elements()).extracting(b -> b.get("category").text() + " "
                + b.get("name").text() + " " + b.get("product").get("product_identification_helper").get("cpe").text())
                .containsExactly("product_version 1.0 cpe:2.3:h:example:controller:1.0:*:*:*:*:*:*:*",
                        "product_version 1.5 cpe:2.3:h:example:controller:1.5:*:*:*:*:*:*:*");
        JsonValue vulnerability = read(served(a)).get("vulnerabilities").get(0);
        assertThat(vulnerability.get("product_status").get("known_affected").elements()).extracting(JsonValue::text)
                .containsExactly("CSAFPID-" + a.productId() + ":1.0", "CSAFPID-" + a.productId() + ":1.5");
        assertThat(vulnerability.get("remediations").get(0).get("details").text()).isEqualTo("Update to 1.5.");
    }

    @Test
    void anUpdateServesTheNewRevisionWhoseHistoryListsEveryRevision() throws Exception {
        ReadyAdvisory a = published("Revised relay");
        Instant first = clock.instant();
        clock.advance(Duration.ofDays(3));
        ReadyAdvisory.text(mvc, a.author(), a.id(), "workarounds", "ポートを閉じる", "Close the port");
        mvc.perform(post("/desk/advisories/" + a.id() + "/summary").cookie(a.author()).with(csrf())
                .param("ja", "回避策を追加").param("en", "Added a workaround")).andExpect(status().is3xxRedirection());
        a.approveAndSchedule(mvc, jdbc);
        assertThat(publisher.publishDue()).isEqualTo(1);

        PublishedCsaf csaf = served(a);
        assertThat(csaf.initialReleaseDate()).isEqualTo(first);
        assertThat(csaf.currentReleaseDate()).isEqualTo(CsafAdvisory.written(clock.instant()));
        JsonValue tracking = read(csaf).get("document").get("tracking");
        assertThat(tracking.get("version").text()).isEqualTo("2");
        assertThat(tracking.get("revision_history").elements()).extracting(r -> r.get("number").text() + " "
                + r.get("summary").text()).containsExactly("1 Initial release", "2 Added a workaround");
        assertThat(publications.file(csaf.year(), csaf.fileName())).get()
                .satisfies(f -> assertThat(f.json()).isEqualTo(csaf.json()));
        assertThat(jdbc.sql("select count(*) from advisory_csaf where advisory_id = ?").param(a.id())
                .query(Integer.class).single()).as("one document per revision").isEqualTo(2);
    }

    @Test
    void theSameSnapshotGivesTheSameBytesAndAMissingDocumentIsWrittenFromItOnFirstNeed() throws Exception {
        ReadyAdvisory a = published("Repeated relay");
        byte[] stored = served(a).json();
        AdvisorySnapshot snapshot = json.readValue(jdbc.sql("""
                select snapshot::text from advisory_revision where advisory_id = ? and number = 1""")
                .param(a.id()).query(String.class).single(), AdvisorySnapshot.class);
        assertThat(documents.document(snapshot)).isEqualTo(stored);

        // a revision published before documents were stored
        jdbc.sql("delete from advisory_csaf where advisory_id = ?").param(a.id()).update();
        assertThat(served(a).json()).isEqualTo(stored);
    }

    @Test
    void aWithdrawnAdvisorysDocumentIsNoLongerServed() throws Exception {
        ReadyAdvisory a = published("Withdrawn relay");
        PublishedCsaf csaf = served(a);
        mvc.perform(post("/desk/advisories/" + a.id() + "/withdraw").cookie(a.reviewer()).with(csrf())
                .param("reasonJa", "誤り").param("reasonEn", "It named the wrong product"))
                .andExpect(status().is3xxRedirection());
        assertThat(publications.current()).extracting(PublishedCsaf::trackingId).doesNotContain(a.id());
        assertThat(publications.file(csaf.year(), csaf.fileName())).isEmpty();
    }

    @Test
    void currentListsTheOldestReleaseFirst() throws Exception {
        published("Older relay");
        published("Newer relay");
        List<Instant> dates = publications.current().stream().map(PublishedCsaf::currentReleaseDate).toList();
        assertThat(dates).isSorted();
    }

    @Test
    void anAdvisoryWhoseCsafDocumentWouldBreakAMandatoryTestIsNotApproved() throws Exception {
        ReadyAdvisory a = ReadyAdvisory.prepare(mvc, jdbc, "No products", clock.instant().atZone(DisplayTime.JST)
                .toLocalDate().plusDays(1).atTime(10, 0));
        jdbc.sql("delete from vulnerability_impact where product_id = ?").param(a.productId()).update();
        MvcResult refused = mvc.perform(post("/desk/advisories/" + a.id() + "/approve").cookie(a.reviewer())
                .with(csrf()).param("edition", Integer.toString(a.edition(jdbc)))).andReturn();
        assertThat(refused.getFlashMap().toString()).contains("CSAF 2.0").contains("6.1.27.");
        assertThat(jdbc.sql("select approved_edition from advisory where id = ?").param(a.id())
                .query(Integer.class).optional()).isEmpty();
    }


    @Test
    void thePublishedDocumentIsServedByTheTrustedProviderWithItsHashAndListedInItsIndexes() throws Exception {
        ReadyAdvisory a = published("Provider relay");
        PublishedCsaf csaf = served(a);
        String path = "/.well-known/csaf/white/" + csaf.year() + "/" + csaf.fileName();
        byte[] served = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(served).isEqualTo(csaf.json());
        String sha256 = mvc.perform(get(path + ".sha256")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(sha256).startsWith(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(csaf.json())));
        mvc.perform(get(path + ".asc")).andExpect(status().isOk());
        assertThat(mvc.perform(get("/.well-known/csaf/white/index.txt")).andReturn().getResponse()
                .getContentAsString()).contains(csaf.year() + "/" + csaf.fileName());
        JsonValue metadata = JsonReader.read(mvc.perform(get("/.well-known/csaf/provider-metadata.json"))
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(metadata.get("publisher")).isEqualTo(read(csaf).get("document").get("publisher"));
    }

}
