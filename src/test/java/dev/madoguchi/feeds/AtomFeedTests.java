package dev.madoguchi.feeds;

import static dev.madoguchi.feeds.ParsedFeed.ATOM;
import static dev.madoguchi.feeds.ParsedFeed.children;
import static dev.madoguchi.feeds.ParsedFeed.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class AtomFeedTests {

    private static ParsedFeed write(FeedChannel channel, FeedEntry... entries) {
        return ParsedFeed.parse(AtomFeed.write(channel, List.of(entries)));
    }

    private static Element entry(ParsedFeed feed) {
        return children(feed.root(), ATOM, "entry").get(0);
    }

    private static Element link(Element parent, String relation) {
        return children(parent, ATOM, "link").stream().filter(link -> link.getAttribute("rel").equals(relation))
                .findFirst().orElseThrow(() -> new AssertionError("No link rel=" + relation));
    }

    @Test
    void atomFeedHasIdTitleUpdatedAndItsLanguage() {
        ParsedFeed feed = write(FeedSamples.english());
        Element root = feed.root();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getAttributeNS(ParsedFeed.XML, "lang")).isEqualTo("en");
        assertThat(text(root, ATOM, "id")).isEqualTo("https://psirt.example.com/advisories/feed.en.xml");
        assertThat(text(root, ATOM, "title")).isEqualTo("Example PSIRT security advisories");
        assertThat(text(root, ATOM, "subtitle")).isEqualTo("Security advisories of Example Corp.");
        assertThat(OffsetDateTime.parse(text(root, ATOM, "updated")).toInstant())
                .isEqualTo(FeedSamples.UPDATED.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    @Test
    void atomFeedNamesThePsirtAsAuthorAsRfc4287Requires() {
        Element author = children(write(FeedSamples.english()).root(), ATOM, "author").get(0);
        assertThat(text(author, ATOM, "name")).isEqualTo("Example Corp. PSIRT");
    }

    @Test
    void atomFeedLinksToItsPageAndToItself() {
        Element root = write(FeedSamples.english()).root();
        assertThat(link(root, "alternate").getAttribute("href")).isEqualTo("https://psirt.example.com/advisories");
        assertThat(link(root, "self").getAttribute("href"))
                .isEqualTo("https://psirt.example.com/advisories/feed.en.xml");
        assertThat(link(root, "self").getAttribute("type")).isEqualTo("application/atom+xml");
    }

    @Test
    void atomEntryIsIdentifiedByTheAdvisoryPage() {
        Element entry = entry(write(FeedSamples.english(), FeedSamples.full()));
        assertThat(text(entry, ATOM, "id")).isEqualTo("https://psirt.example.com/advisories/MDG-2026-002");
        assertThat(link(entry, "alternate").getAttribute("href"))
                .isEqualTo("https://psirt.example.com/advisories/MDG-2026-002");
        assertThat(text(entry, ATOM, "title")).isEqualTo("Router X: command injection in the web console");
        assertThat(text(entry, ATOM, "summary")).isEqualTo("An authenticated attacker could run commands.");
    }

    @Test
    void atomEntryDatesAreRfc3339FirstPublicationAndLastChange() {
        Element entry = entry(write(FeedSamples.english(), FeedSamples.full()));
        assertThat(OffsetDateTime.parse(text(entry, ATOM, "published")).toInstant()).isEqualTo(FeedSamples.PUBLISHED);
        assertThat(text(entry, ATOM, "updated")).isEqualTo("2026-03-05T09:15:42Z");
    }

    @Test
    void atomDatesOfAJapaneseChannelAreInJst() {
        Element entry = entry(write(FeedSamples.japanese(), FeedSamples.full()));
        OffsetDateTime published = OffsetDateTime.parse(text(entry, ATOM, "published"));
        assertThat(published.getOffset()).isEqualTo(ZoneOffset.ofHours(9));
        assertThat(published.toInstant()).isEqualTo(FeedSamples.PUBLISHED);
        assertThat(text(entry, ATOM, "updated")).isEqualTo("2026-03-05T18:15:42+09:00");
    }

    @Test
    void atomEntryOfANeverUpdatedAdvisoryIsUpdatedWhenPublished() {
        Element entry = entry(write(FeedSamples.english(), FeedSamples.bare("MDG-2026-001", "First")));
        assertThat(text(entry, ATOM, "updated")).isEqualTo(text(entry, ATOM, "published"));
    }

    @Test
    void atomEntryWithoutSummaryLeavesSummaryOut() {
        Element entry = entry(write(FeedSamples.english(), FeedSamples.bare("MDG-2026-001", "First")));
        assertThat(children(entry, ATOM, "summary")).isEmpty();
    }

    @Test
    void atomCveIdsAreCategoryTerms() {
        List<Element> categories = children(entry(write(FeedSamples.english(), FeedSamples.full())), ATOM,
                "category");
        assertThat(categories).extracting(category -> category.getAttribute("term"))
                .containsExactly("CVE-2026-10001", "CVE-2026-10002");
        assertThat(categories).allSatisfy(category ->
                assertThat(category.getAttribute("scheme")).isEqualTo("https://www.cve.org/"));
    }
}
