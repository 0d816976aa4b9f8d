package dev.madoguchi.feeds;

import static dev.madoguchi.feeds.ParsedFeed.DC;
import static dev.madoguchi.feeds.ParsedFeed.DCTERMS;
import static dev.madoguchi.feeds.ParsedFeed.RDF;
import static dev.madoguchi.feeds.ParsedFeed.RSS1;
import static dev.madoguchi.feeds.ParsedFeed.SEC;
import static dev.madoguchi.feeds.ParsedFeed.attributesAndText;
import static dev.madoguchi.feeds.ParsedFeed.children;
import static dev.madoguchi.feeds.ParsedFeed.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class JvnRssFeedTests {

    private static ParsedFeed write(FeedChannel channel, FeedEntry... entries) {
        return ParsedFeed.parse(JvnRssFeed.write(channel, List.of(entries)));
    }

    private static Element item(FeedEntry entry) {
        return children(write(FeedSamples.japanese(), entry).root(), RSS1, "item").get(0);
    }

    @Test
    void jvnRssRootIsAnRdfDocumentWithAnRss10Channel() {
        ParsedFeed feed = write(FeedSamples.japanese());
        assertThat(feed.root().getNamespaceURI()).isEqualTo(RDF);
        assertThat(feed.root().getLocalName()).isEqualTo("RDF");
        assertThat(feed.root().getAttributeNS(ParsedFeed.XML, "lang")).isEqualTo("ja");
        Element channel = children(feed.root(), RSS1, "channel").get(0);
        assertThat(channel.getAttributeNS(RDF, "about")).isEqualTo("https://psirt.example.com/advisories/feed.ja.xml");
        assertThat(text(channel, RSS1, "title")).isEqualTo("Example PSIRT セキュリティアドバイザリ");
        assertThat(text(channel, RSS1, "link")).isEqualTo("https://psirt.example.com/advisories");
        assertThat(text(channel, RSS1, "description")).isEqualTo("Security advisories of Example Corp.");
        assertThat(text(channel, DC, "creator")).isEqualTo("Example Corp. PSIRT");
        assertThat(text(channel, DC, "date")).isEqualTo("2026-03-05T18:15:42+09:00");
        assertThat(text(channel, DCTERMS, "modified")).isEqualTo("2026-03-05T18:15:42+09:00");
    }

    @Test
    void jvnRssItemsAreListedInTheChannelSequence() {
        ParsedFeed feed = write(FeedSamples.japanese(), FeedSamples.bare("MDG-2026-003", "三"),
                FeedSamples.full(), FeedSamples.bare("MDG-2026-001", "一"));
        Element channel = children(feed.root(), RSS1, "channel").get(0);
        Element sequence = children(children(channel, RSS1, "items").get(0), RDF, "Seq").get(0);
        List<String> listed = children(sequence, RDF, "li").stream().map(li -> li.getAttributeNS(RDF, "resource"))
                .toList();
        List<String> items = children(feed.root(), RSS1, "item").stream()
                .map(item -> item.getAttributeNS(RDF, "about")).toList();
        assertThat(listed).containsExactly("https://psirt.example.com/advisories/MDG-2026-003",
                "https://psirt.example.com/advisories/MDG-2026-002",
                "https://psirt.example.com/advisories/MDG-2026-001");
        assertThat(items).isEqualTo(listed);
    }

    @Test
    void jvnRssItemIsTheAdvisoryPageWithTitleLinkAndDescription() {
        Element item = item(FeedSamples.full());
        assertThat(item.getAttributeNS(RDF, "about")).isEqualTo("https://psirt.example.com/advisories/MDG-2026-002");
        assertThat(text(item, RSS1, "title")).isEqualTo("Router X: command injection in the web console");
        assertThat(text(item, RSS1, "link")).isEqualTo("https://psirt.example.com/advisories/MDG-2026-002");
        assertThat(text(item, RSS1, "description")).isEqualTo("An authenticated attacker could run commands.");
    }

    @Test
    void jvnRssItemCarriesTheAdvisoryIdAsSecIdentifier() {
        assertThat(text(item(FeedSamples.full()), SEC, "identifier")).isEqualTo("MDG-2026-002");
    }

    @Test
    void jvnRssCvssCarriesVersionScoreSeverityVectorAndBaseType() {
        assertThat(attributesAndText(children(item(FeedSamples.full()), SEC, "cvss"), "version", "score", "severity",
                "vector", "type")).containsExactly(
                        List.of("3.1", "8.8", "High", "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", "Base", ""),
                        List.of("4.0", "8.7", "High",
                                "CVSS:4.0/AV:N/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", "Base", ""));
    }

    @Test
    void jvnRssCpeCarriesItsSpecificationVersionVendorAndProduct() {
        assertThat(attributesAndText(children(item(FeedSamples.full()), SEC, "cpe"), "version", "vendor", "product"))
                .containsExactly(
                        List.of("2.3", "Example Corp.", "Router X", "cpe:2.3:h:example:router_x:*:*:*:*:*:*:*:*"),
                        List.of("2.2", "Example Corp.", "Router X firmware", "cpe:/o:example:router_x_firmware"));
    }

    @Test
    void jvnRssReferencesEachCveItsCveRecordThenTheOtherReferences() {
        assertThat(attributesAndText(children(item(FeedSamples.full()), SEC, "references"), "source", "id", "title"))
                .containsExactly(
                        List.of("CVE", "CVE-2026-10001", "", "https://www.cve.org/CVERecord?id=CVE-2026-10001"),
                        List.of("CVE", "CVE-2026-10002", "", "https://www.cve.org/CVERecord?id=CVE-2026-10002"),
                        List.of("JVN", "JVNVU#12345678", "JVNVU#12345678: Router X",
                                "https://jvn.jp/vu/JVNVU12345678/"));
    }

    @Test
    void jvnRssReferencesACveOnceWhenTheCallerAlsoPassedItsReference() {
        FeedEntry entry = new FeedEntry("MDG-2026-004", "Duplicate", null,
                "https://psirt.example.com/advisories/MDG-2026-004", FeedSamples.PUBLISHED, null,
                List.of("CVE-2026-10001"), null, null,
                List.of(new FeedReference("cve", "CVE-2026-10001", null, "https://nvd.nist.gov/"),
                        new FeedReference(null, null, null, "https://example.com/blog")), false);
        List<Element> references = children(item(entry), SEC, "references");
        assertThat(references).extracting(Element::getTextContent)
                .containsExactly("https://www.cve.org/CVERecord?id=CVE-2026-10001", "https://example.com/blog");
        assertThat(references.get(1).hasAttribute("source")).isFalse();
        assertThat(references.get(1).hasAttribute("id")).isFalse();
    }

    @Test
    void jvnRssItemDatesAreDublinCoreLastChangeAndFirstPublication() {
        Element item = item(FeedSamples.full());
        assertThat(text(item, DC, "date")).isEqualTo("2026-03-05T18:15:42+09:00");
        assertThat(text(item, DCTERMS, "modified")).isEqualTo("2026-03-05T18:15:42+09:00");
        assertThat(text(item, DCTERMS, "issued")).isEqualTo("2026-03-02T10:30:00+09:00");
        assertThat(OffsetDateTime.parse(text(item, DCTERMS, "issued")).toInstant()).isEqualTo(FeedSamples.PUBLISHED);
    }

    @Test
    void jvnRssDatesOfAnEnglishChannelAreInUtc() {
        Element item = children(write(FeedSamples.english(), FeedSamples.full()).root(), RSS1, "item").get(0);
        assertThat(text(item, DCTERMS, "issued")).isEqualTo("2026-03-02T01:30:00Z");
    }
}
