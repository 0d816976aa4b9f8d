package dev.madoguchi.advisories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dev.madoguchi.shared.DisplayTime;
import dev.madoguchi.testing.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.w3c.dom.Document;
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

/**
 * Publication at the agreed instant: before it nothing about the advisory is public, at it everything is, once; and
 * the four-eyes rules on the way there.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AdvisoryPublicationTests {

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
    StoredPageCache pageCopies;

    private LocalDateTime tomorrowAtTen() {
        return clock.instant().atZone(DisplayTime.JST).toLocalDate().plusDays(1).atTime(10, 0);
    }

    @BeforeEach
    void now() {
        clock.moveTo(Instant.now());
    }

    private String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private Instant instant(LocalDateTime jst) {
        return jst.atZone(DisplayTime.JST).toInstant();
    }

    /** Every public path that could name the advisory. */
    private void assertNothingPublicAbout(ReadyAdvisory a) throws Exception {
        for (String path : List.of("/advisories/" + a.id(), "/ja/advisories/" + a.id(), "/advisories/" + a.id()
                + ".pdf", "/ja/advisories/" + a.id() + ".pdf", "/advisories/products/" + a.productId())) {
            MvcResult result = mvc.perform(get(path)).andExpect(status().isNotFound()).andReturn();
            assertThat(body(result)).as(path).doesNotContain(a.id(), a.title());
        }
        for (String path : List.of("/advisories", "/acknowledgments", "/advisories/feed.rss", "/ja/advisories/feed.rss",
                "/advisories/feed.atom", "/ja/advisories/feed.atom", "/advisories/jvnrss.rdf",
                "/ja/advisories/jvnrss.rdf", "/sitemap.xml")) {
            assertThat(body(mvc.perform(get(path)).andExpect(status().isOk()).andReturn())).as(path)
                    .doesNotContain(a.id(), a.title(), "Credit " + a.title());
        }
        // the search box shows what was typed; the result list must not know the advisory
        assertThat(body(mvc.perform(get("/advisories").param("q", a.title())).andReturn()))
                .contains("No advisories match.").doesNotContain(a.id());
    }

    @Test
    void nothingIsPublicBeforeTheAgreedInstantAndEverythingAtIt() throws Exception {
        ReadyAdvisory a = ReadyAdvisory.prepare(mvc, jdbc, "Embargoed relay", tomorrowAtTen());
        a.approveAndSchedule(mvc, jdbc);
        assertThat(jdbc.sql("select publish_at from advisory where id = ?").param(a.id())
                .query(java.sql.Timestamp.class).single().toInstant()).isEqualTo(instant(a.agreedJst()));

        clock.moveTo(instant(a.agreedJst()).minusSeconds(1));
        assertThat(publisher.publishDue()).isZero();
        assertNothingPublicAbout(a);

        clock.moveTo(instant(a.agreedJst()));
        assertThat(publisher.publishDue()).isEqualTo(1);
        assertThat(publisher.publishDue()).as("published once").isZero();

        String en = body(mvc.perform(get("/advisories/" + a.id())).andExpect(status().isOk()).andReturn());
        assertThat(en).contains("<html lang=\"en\"", "Embargoed relay", "Details of Embargoed relay",
                "Controller Embargoed relay", "Initial release", "Credit Embargoed relay", "CVSS 3.1");
        String ja = body(mvc.perform(get("/ja/advisories/" + a.id())).andExpect(status().isOk()).andReturn());
        assertThat(ja).contains("<html lang=\"ja\"", "Embargoed relayの脆弱性", "詳細: Embargoed relay",
                "コントローラ Embargoed relay", "初版", "影響を受ける製品");
        byte[] pdf = mvc.perform(get("/ja/advisories/" + a.id() + ".pdf")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(body(mvc.perform(get("/advisories?q=embargoed")).andReturn())).contains(a.id());
        // words typed with the ideographic space of Japanese input methods are words too
        assertThat(body(mvc.perform(get("/advisories").param("q", "embargoed\u3000relay")).andReturn()))
                .contains(a.id());
        assertThat(body(mvc.perform(get("/advisories/products/" + a.productId())).andExpect(status().isOk())
                .andReturn())).contains(a.id());
        assertThat(body(mvc.perform(get("/acknowledgments")).andReturn())).contains("Credit Embargoed relay");
    }

    @Test
    void feedsListPublishedAdvisoriesAndParse() throws Exception {
        ReadyAdvisory a = ReadyAdvisory.prepare(mvc, jdbc, "Fed gateway", tomorrowAtTen());
        a.approveAndSchedule(mvc, jdbc);
        clock.moveTo(instant(a.agreedJst()));
        publisher.publishDue();
        Document rss = xml(mvc.perform(get("/advisories/feed.rss")).andExpect(status().isOk()).andReturn());
        assertThat(texts(rss.getElementsByTagName("guid"))).anyMatch(g -> g.endsWith("/advisories/" + a.id()));
        Document atom = xml(mvc.perform(get("/ja/advisories/feed.atom")).andExpect(status().isOk()).andReturn());
        assertThat(texts(atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title")))
                .contains("Fed gatewayの脆弱性");
        Document jvn = xml(mvc.perform(get("/ja/advisories/jvnrss.rdf")).andExpect(status().isOk()).andReturn());
        String sec = "http://jvn.jp/rss/mod_sec/3.0/";
        assertThat(texts(jvn.getElementsByTagNameNS(sec, "identifier"))).contains(a.id());
        assertThat(((org.w3c.dom.Element) jvn.getElementsByTagNameNS(sec, "cvss").item(0)).getAttribute("vector"))
                .startsWith("CVSS:3.1/");
        assertThat(body(mvc.perform(get("/sitemap.xml")).andReturn())).contains("/ja/advisories/" + a.id());
    }

    private static List<String> texts(org.w3c.dom.NodeList nodes) {
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static Document xml(MvcResult result) throws Exception {
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(result.getResponse()
                .getContentAsByteArray()));
    }

    @Test
    void theStoredPageIsCacheableAndRevalidates() throws Exception {
        ReadyAdvisory a = ReadyAdvisory.prepare(mvc, jdbc, "Cached switch", tomorrowAtTen());
        a.approveAndSchedule(mvc, jdbc);
        clock.moveTo(instant(a.agreedJst()));
        publisher.publishDue();
        MvcResult first = mvc.perform(get("/advisories/" + a.id())).andExpect(status().isOk()).andReturn();
        String etag = first.getResponse().getHeader("ETag");
        assertThat(etag).startsWith("\"");
        assertThat(first.getResponse().getHeader("Last-Modified")).isNotBlank();
        assertThat(first.getResponse().getHeader("Cache-Control")).contains("public");
        mvc.perform(get("/advisories/" + a.id()).header("If-None-Match", etag)).andExpect(status().isNotModified());
    }

    @Test
    void aScheduledAdvisoryFollowsTheAgreementAndIsUnscheduledWhenItIsWithdrawn() throws Exception {
        ReadyAdvisory a = ReadyAdvisory.prepare(mvc, jdbc, "Moved date", tomorrowAtTen());
        a.approveAndSchedule(mvc, jdbc);
        LocalDateTime later = tomorrowAtTen().plusDays(7);
        mvc.perform(post("/cases/" + a.reference() + "/publication-agreement").cookie(a.author()).with(csrf())
                .param("date", later.toLocalDate().toString()).param("time", "10:00")
                .param("coordinatorAgreed", "on").param("coordinatorName", "JPCERT/CC")
                .param("coordinatorOn", clock.instant().atZone(DisplayTime.JST).toLocalDate().toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select publish_at from advisory where id = ?").param(a.id())
                .query(java.sql.Timestamp.class).single().toInstant()).isEqualTo(instant(later));
        mvc.perform(post("/cases/" + a.reference() + "/publication-agreement/withdraw").cookie(a.author())
                .with(csrf()).param("reason", "the fix slipped")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from advisory where id = ? and publish_at is null").param(a.id())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void repeatedPageRequestsGetTheFullChainsAnswerUntilAnythingPublishedChanges() throws Exception {
        ReadyAdvisory a = ReadyAdvisory.prepare(mvc, jdbc, "Repeated reader", tomorrowAtTen());
        a.approveAndSchedule(mvc, jdbc);
        clock.moveTo(instant(a.agreedJst()));
        publisher.publishDue();
        clock.advance(Duration.ofSeconds(2));
        MvcResult first = mvc.perform(get("/advisories/" + a.id())).andExpect(status().isOk()).andReturn();
        // the stored bytes vanish from the database: only a copy of the first answer can still give the page
        jdbc.sql("delete from advisory_rendition where advisory_id = ? and kind = 'html' and language = 'en'")
                .param(a.id()).update();
        MvcResult again = mvc.perform(get("/advisories/" + a.id())).andExpect(status().isOk()).andReturn();
        assertThat(again.getResponse().getContentAsByteArray()).isEqualTo(first.getResponse().getContentAsByteArray());
        for (String header : List.of("Content-Security-Policy", "X-Content-Type-Options", "ETag", "Cache-Control",
                "Last-Modified", "Content-Type")) {
            assertThat(again.getResponse().getHeader(header)).as(header).isNotNull()
                    .isEqualTo(first.getResponse().getHeader(header));
        }
        // a query, or any change to what is published (here: a withdrawal committed by another node), goes to the
        // database again
        mvc.perform(get("/advisories/" + a.id() + "?lang=en")).andExpect(status().isNotFound());
        jdbc.sql("update advisory_public set withdrawn = true where advisory_id = ?").param(a.id()).update();
        mvc.perform(get("/advisories/" + a.id())).andExpect(status().isOk());
        clock.advance(Duration.ofSeconds(2));
        mvc.perform(get("/advisories/" + a.id())).andExpect(status().isNotFound());
    }

    @Test
    void aControlCharacterInACreditNameDoesNotStopPublication() throws Exception {
        ReadyAdvisory a = ReadyAdvisory.prepare(mvc, jdbc, "Escaped credit", tomorrowAtTen());
        jdbc.sql("""
                update report set credit_name = 'Esc\u001Bape' where id in (select cr.report_id from case_report cr
                join psirt_case c on c.id = cr.case_id where c.reference = ?)""").param(a.reference()).update();
        a.approveAndSchedule(mvc, jdbc);
        clock.moveTo(instant(a.agreedJst()));
        assertThat(publisher.publishDue()).isEqualTo(1);
        mvc.perform(get("/advisories/" + a.id() + ".pdf")).andExpect(status().isOk());
    }

    @Test
    void aCopyReadBeforeAChangeIsNotKeptAfterIt() {
        String path = "http:/advisories/MDG-2026-999";
        StoredPageCache.Answer answer = new StoredPageCache.Answer(List.of(), "\"e\"", new byte[1]);
        pageCopies.get(path);
        long before = pageCopies.generation();
        pageCopies.on(new PortalChanged("MDG-2026-999"));
        pageCopies.put(path, answer, before);
        assertThat(pageCopies.get(path)).isNull();
        pageCopies.put(path, answer, pageCopies.generation());
        assertThat(pageCopies.get(path)).as("a copy read after the change is kept").isNotNull();
    }

    @Test
    void aPublicationThatFailsHalfwayLeavesNothingPublicAndIsRetried() throws Exception {
        ReadyAdvisory a = ReadyAdvisory.prepare(mvc, jdbc, "Half published", tomorrowAtTen());
        a.approveAndSchedule(mvc, jdbc);
        // the last write of the publication fails, after the revision and every rendition were written
        jdbc.sql("""
                create function refuse_half_published() returns trigger language plpgsql as $$
                begin if new.title_en like '%Half published%' then raise exception 'disk full'; end if;
                return new; end $$""").update();
        jdbc.sql("create trigger refuse_half_published before insert on advisory_public for each row"
                + " execute function refuse_half_published()").update();
        clock.moveTo(instant(a.agreedJst()));
        assertThat(publisher.publishDue()).isZero();
        for (String table : List.of("advisory_revision", "advisory_rendition", "advisory_public")) {
            assertThat(jdbc.sql("select count(*) from " + table + " where advisory_id = ?").param(a.id())
                    .query(Integer.class).single()).as(table).isZero();
        }
        mvc.perform(get("/advisories/" + a.id())).andExpect(status().isNotFound());
        jdbc.sql("drop trigger refuse_half_published on advisory_public").update();
        assertThat(publisher.publishDue()).as("still scheduled, published on the next run").isEqualTo(1);
        mvc.perform(get("/ja/advisories/" + a.id() + ".pdf")).andExpect(status().isOk());
    }

    @Test
    void theAuthorCannotApproveTheirOwnText() throws Exception {
        ReadyAdvisory a = ReadyAdvisory.prepare(mvc, jdbc, "Self approved", tomorrowAtTen());
        assertThat(body(mvc.perform(get("/desk/advisories/" + a.id()).cookie(a.author())
                .header("Accept-Language", "en")).andExpect(status().isOk()).andReturn()))
                .contains("You wrote part of this advisory").doesNotContain("Approve edition");
        assertThat(body(mvc.perform(get("/desk/advisories/" + a.id()).cookie(a.reviewer())
                .header("Accept-Language", "en")).andExpect(status().isOk()).andReturn()))
                .contains("Approve edition " + a.edition(jdbc));
        mvc.perform(post("/desk/advisories/" + a.id() + "/approve").cookie(a.author()).with(csrf())
                .param("edition", Integer.toString(a.edition(jdbc)))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select approved_edition from advisory where id = ?").param(a.id())
                .query(Integer.class).optional()).isEmpty();
    }

    @Test
    void editingAfterApprovalWithdrawsTheApprovalAndTheSchedule() throws Exception {
        ReadyAdvisory a = ReadyAdvisory.prepare(mvc, jdbc, "Edited late", tomorrowAtTen());
        a.approveAndSchedule(mvc, jdbc);
        ReadyAdvisory.text(mvc, a.author(), a.id(), "impact", "影響", "Impact");
        assertThat(jdbc.sql("select count(*) from advisory where id = ? and approved_edition is null"
                + " and publish_at is null").param(a.id()).query(Integer.class).single()).isEqualTo(1);
        clock.moveTo(instant(a.agreedJst()).plus(Duration.ofMinutes(1)));
        assertThat(publisher.publishDue()).isZero();
        mvc.perform(get("/advisories/" + a.id())).andExpect(status().isNotFound());
    }

    @Test
    void aChangeToTheAffectedProductsAfterApprovalStopsPublication() throws Exception {
        ReadyAdvisory a = ReadyAdvisory.prepare(mvc, jdbc, "Moved impact", tomorrowAtTen());
        a.approveAndSchedule(mvc, jdbc);
        jdbc.sql("update vulnerability_impact set upper_version = '3.0' where product_id = ?").param(a.productId())
                .update();
        clock.moveTo(instant(a.agreedJst()));
        assertThat(publisher.publishDue()).isZero();
        mvc.perform(get("/advisories/" + a.id())).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from advisory where id = ? and approved_edition is null"
                + " and publish_at is null").param(a.id()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void approvalCoversTheEditionTheApproverRead() throws Exception {
        ReadyAdvisory a = ReadyAdvisory.prepare(mvc, jdbc, "Stale read", tomorrowAtTen());
        int read = a.edition(jdbc);
        ReadyAdvisory.text(mvc, a.author(), a.id(), "impact", "影響", "Impact");
        mvc.perform(post("/desk/advisories/" + a.id() + "/approve").cookie(a.reviewer()).with(csrf())
                .param("edition", Integer.toString(read))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select approved_edition from advisory where id = ?").param(a.id())
                .query(Integer.class).optional()).isEmpty();
    }

    @Test
    void anAdvisoryMissingAnEnglishTextIsNotApproved() throws Exception {
        ReadyAdvisory a = ReadyAdvisory.prepare(mvc, jdbc, "Half written", tomorrowAtTen());
        ReadyAdvisory.text(mvc, a.author(), a.id(), "contact", "PSIRT 窓口", "");
        MvcResult refused = mvc.perform(post("/desk/advisories/" + a.id() + "/approve").cookie(a.reviewer())
                .with(csrf()).param("edition", Integer.toString(a.edition(jdbc)))).andReturn();
        assertThat(refused.getFlashMap().get("problemTexts").toString()).contains("required");
        assertThat(jdbc.sql("select approved_edition from advisory where id = ?").param(a.id())
                .query(Integer.class).optional()).isEmpty();
    }

    @Test
    void anAdvisoryWhoseInstantPassedWhileTheServerWasDownIsPublishedAtOnceAndSaysWhen() throws Exception {
        ReadyAdvisory a = ReadyAdvisory.prepare(mvc, jdbc, "Late start", tomorrowAtTen());
        a.approveAndSchedule(mvc, jdbc);
        Instant restart = instant(a.agreedJst()).plus(Duration.ofHours(3));
        clock.moveTo(restart);
        assertThat(publisher.publishDue()).isEqualTo(1);
        assertThat(jdbc.sql("select first_published from advisory_public where advisory_id = ?").param(a.id())
                .query(java.sql.Timestamp.class).single().toInstant()).isEqualTo(restart.truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    void updatesAreNewRevisionsWithASummaryAndWithdrawalLeavesATombstone() throws Exception {
        ReadyAdvisory a = ReadyAdvisory.prepare(mvc, jdbc, "Revised bridge", tomorrowAtTen());
        a.approveAndSchedule(mvc, jdbc);
        clock.moveTo(instant(a.agreedJst()));
        publisher.publishDue();

        clock.advance(Duration.ofDays(3));
        ReadyAdvisory.text(mvc, a.author(), a.id(), "workarounds", "ポートを閉じる", "Close the port");
        mvc.perform(post("/desk/advisories/" + a.id() + "/summary").cookie(a.author()).with(csrf())
                .param("ja", "回避策を追加").param("en", "Added a workaround")).andExpect(status().is3xxRedirection());
        a.approveAndSchedule(mvc, jdbc);
        assertThat(publisher.publishDue()).isEqualTo(1);
        String page = body(mvc.perform(get("/advisories/" + a.id())).andReturn());
        assertThat(page).contains("Close the port", "Initial release", "Added a workaround", "revision 2");

        mvc.perform(post("/desk/advisories/" + a.id() + "/withdraw").cookie(a.reviewer()).with(csrf())
                .param("reasonJa", "誤りがあったため").param("reasonEn", "It named the wrong product"))
                .andExpect(status().is3xxRedirection());
        String tombstone = body(mvc.perform(get("/advisories/" + a.id())).andExpect(status().isOk()).andReturn());
        assertThat(tombstone).contains("This advisory was withdrawn", "It named the wrong product")
                .doesNotContain("Close the port");
        assertThat(body(mvc.perform(get("/ja/advisories/" + a.id())).andReturn())).contains("誤りがあったため");
        mvc.perform(get("/advisories/" + a.id() + ".pdf")).andExpect(status().isNotFound());
    }
}
