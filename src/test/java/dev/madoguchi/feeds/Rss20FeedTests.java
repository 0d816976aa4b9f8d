package dev.madoguchi.feeds;

import static dev.madoguchi.feeds.ParsedFeed.children;
import static dev.madoguchi.feeds.ParsedFeed.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class Rss20FeedTests {

    private static ParsedFeed write(FeedChannel channel, FeedEntry... entries) {
        return ParsedFeed.parse(Rss20Feed.write(channel, List.of(entries)));
    }

    private static Element channel(ParsedFeed feed) {
        return children(feed.root(), null, "channel").get(0);
    }

    @Test
    void rssRootIsVersion20WithOneChannel() {
        ParsedFeed feed = write(FeedSamples.english());
        assertThat(feed.root().getLocalName()).isEqualTo("rss");
        assertThat(feed.root().getNamespaceURI()).isNull();
        assertThat(feed.root().getAttribute("version")).isEqualTo("2.0");
        assertThat(children(feed.root(), null, "channel")).hasSize(1);
    }

    @Test
    void rssChannelHasTitleLinkDescriptionLanguageAndBuildDate() {
        Element channel = channel(write(FeedSamples.english()));
        assertThat(text(channel, null, "title")).isEqualTo("Example PSIRT security advisories");
        assertThat(text(channel, null, "link")).isEqualTo("https://psirt.example.com/advisories");
        assertThat(text(channel, null, "description")).isEqualTo("Security advisories of Example Corp.");
        assertThat(text(channel, null, "language")).isEqualTo("en");
        assertThat(rfc1123(text(channel, null, "lastBuildDate")))
                .isEqualTo(FeedSamples.UPDATED.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    @Test
    void rssChannelNamesItsOwnAddressWithAnAtomSelfLink() {
        Element self = children(channel(write(FeedSamples.english())), ParsedFeed.ATOM, "link").get(0);
        assertThat(self.getAttribute("rel")).isEqualTo("self");
        assertThat(self.getAttribute("href")).isEqualTo("https://psirt.example.com/advisories/feed.en.xml");
        assertThat(self.getAttribute("type")).isEqualTo("application/rss+xml");
    }

    @Test
    void rssItemsCarryTheAdvisoryPageAsPermalinkGuid() {
        Element item = children(channel(write(FeedSamples.english(), FeedSamples.full())), null, "item").get(0);
        assertThat(text(item, null, "link")).isEqualTo("https://psirt.example.com/advisories/MDG-2026-002");
        Element guid = children(item, null, "guid").get(0);
        assertThat(guid.getTextContent()).isEqualTo("https://psirt.example.com/advisories/MDG-2026-002");
        assertThat(guid.getAttribute("isPermaLink")).isEqualTo("true");
        assertThat(text(item, null, "description")).isEqualTo("An authenticated attacker could run commands.");
    }

    @Test
    void rssPubDateIsTheFirstPublicationInRfc1123() {
        Element item = children(channel(write(FeedSamples.english(), FeedSamples.full())), null, "item").get(0);
        assertThat(text(item, null, "pubDate")).isEqualTo("Mon, 2 Mar 2026 01:30:00 GMT");
        assertThat(rfc1123(text(item, null, "pubDate"))).isEqualTo(FeedSamples.PUBLISHED);
    }

    @Test
    void rssDatesOfAJapaneseChannelAreInJst() {
        Element item = children(channel(write(FeedSamples.japanese(), FeedSamples.full())), null, "item").get(0);
        assertThat(text(item, null, "pubDate")).isEqualTo("Mon, 2 Mar 2026 10:30:00 +0900");
        assertThat(rfc1123(text(item, null, "pubDate"))).isEqualTo(FeedSamples.PUBLISHED);
    }

    @Test
    void rssDatesUseEnglishNamesWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.JAPAN);
        try {
            Element channel = channel(write(FeedSamples.japanese(), FeedSamples.full()));
            assertThat(text(channel, null, "lastBuildDate")).isEqualTo("Thu, 5 Mar 2026 18:15:42 +0900");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void rssItemsKeepTheGivenOrder() {
        ParsedFeed feed = write(FeedSamples.english(), FeedSamples.bare("MDG-2026-003", "Third"),
                FeedSamples.bare("MDG-2026-001", "First"), FeedSamples.bare("MDG-2026-002", "Second"));
        assertThat(FeedFormat.RSS_2_0.titles(feed)).containsExactly("Third", "First", "Second");
    }

    @Test
    void rssCveIdsAreCategoriesInTheCveDomain() {
        Element item = children(channel(write(FeedSamples.english(), FeedSamples.full())), null, "item").get(0);
        List<Element> categories = children(item, null, "category");
        assertThat(categories).extracting(Element::getTextContent)
                .containsExactly("CVE-2026-10001", "CVE-2026-10002");
        assertThat(categories).allSatisfy(category ->
                assertThat(category.getAttribute("domain")).isEqualTo("https://www.cve.org/"));
    }

    private static Instant rfc1123(String date) {
        return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }
}
