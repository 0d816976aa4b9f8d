package dev.madoguchi.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Rules about text that every format follows: the feed always parses and says what the advisory says. */
class FeedTextTests {

    private static FeedEntry titled(String title, String summary) {
        return new FeedEntry("MDG-2026-009", title, summary, "https://psirt.example.com/advisories/MDG-2026-009",
                FeedSamples.PUBLISHED, null, null, null, null, null, false);
    }

    @ParameterizedTest
    @EnumSource(FeedFormat.class)
    void japaneseTextReadsBackUnchanged(FeedFormat format) {
        String title = "ルーター X の Web 管理画面における OS コマンドインジェクションの脆弱性 🔒";
        String summary = "認証済みの攻撃者が任意のコマンドを実行できる可能性があります。";
        ParsedFeed feed = format.parsed(FeedSamples.japanese(), List.of(titled(title, summary)));
        assertThat(format.titles(feed)).containsExactly(title);
        assertThat(format.summaries(feed)).containsExactly(summary);
    }

    @ParameterizedTest
    @EnumSource(FeedFormat.class)
    void markupInATitleIsEscapedAndReadsBackUnchanged(FeedFormat format) {
        String title = "<script>alert(\"x\")</script> & 'friends' ]]> &amp;";
        ParsedFeed feed = format.parsed(FeedSamples.english(), List.of(titled(title, "a < b && c > \"d\"")));
        assertThat(format.titles(feed)).containsExactly(title);
        assertThat(format.summaries(feed)).containsExactly("a < b && c > \"d\"");
        assertThat(feed.all(null, "script")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(FeedFormat.class)
    void charactersXmlForbidsAreDropped(FeedFormat format) {
        String title = "Null\u0000 bell\u0007 escape\u001B[31m form\u000C feed\uFFFE half\uD800 tab\tkept";
        String output = format.write(FeedSamples.english(), List.of(titled(title, "\u0001summary\u0008")));
        ParsedFeed feed = ParsedFeed.parse(output);
        assertThat(format.titles(feed)).containsExactly("Null bell escape[31m form feed half tab\tkept");
        assertThat(format.summaries(feed)).containsExactly("summary");
    }

    @ParameterizedTest
    @EnumSource(FeedFormat.class)
    void characterOutsideTheBasicPlaneIsKept(FeedFormat format) {
        ParsedFeed feed = format.parsed(FeedSamples.english(), List.of(titled("𠮷野家 router", null)));
        assertThat(format.titles(feed)).containsExactly("𠮷野家 router");
    }

    @ParameterizedTest
    @EnumSource(FeedFormat.class)
    void anEmptyEntryListGivesAValidFeedWithNoItems(FeedFormat format) {
        ParsedFeed feed = format.parsed(FeedSamples.english(), List.of());
        assertThat(format.items(feed)).isEmpty();
        assertThat(feed.root()).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(FeedFormat.class)
    void withdrawnAdvisoriesAreMarkedInTheChannelsLanguage(FeedFormat format) {
        List<FeedEntry> entries = List.of(FeedSamples.withdrawn("MDG-2026-005", "Printer Y: XSS"),
                FeedSamples.bare("MDG-2026-006", "Printer Z: CSRF"));
        assertThat(format.titles(format.parsed(FeedSamples.english(), entries)))
                .containsExactly("[Withdrawn] Printer Y: XSS", "Printer Z: CSRF");
        assertThat(format.titles(format.parsed(FeedSamples.japanese(), entries)))
                .containsExactly("【取り下げ】Printer Y: XSS", "Printer Z: CSRF");
    }

    @ParameterizedTest
    @EnumSource(FeedFormat.class)
    void feedDeclaresUtf8(FeedFormat format) {
        assertThat(format.write(FeedSamples.english(), List.of()))
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }
}
