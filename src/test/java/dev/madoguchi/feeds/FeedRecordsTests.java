package dev.madoguchi.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedRecordsTests {

    @Test
    void entryLinkMustBeAbsolute() {
        assertThatThrownBy(() -> new FeedEntry("MDG-2026-001", "t", null, "/advisories/MDG-2026-001",
                FeedSamples.PUBLISHED, null, null, null, null, null, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute");
    }

    @ParameterizedTest
    @CsvSource({"javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "file:///etc/passwd", "https:///path"})
    void linksOtherThanHttpOrHttpsAreRefused(String url) {
        assertThatThrownBy(() -> new FeedReference("URL", null, null, url))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http(s)");
    }

    @Test
    void channelSelfUrlMustBeAbsolute() {
        assertThatThrownBy(() -> new FeedChannel("t", "d", "https://example.com/", "feed.xml", "PSIRT", "en",
                FeedSamples.UPDATED)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("selfUrl");
    }

    @Test
    void malformedCveIdsAreRefused() {
        assertThatThrownBy(() -> new FeedEntry("MDG-2026-001", "t", null, "https://example.com/a",
                FeedSamples.PUBLISHED, null, List.of("CVE-26-1"), null, null, null, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CVE-26-1");
    }

    @Test
    void entryWithoutUpdateIsUpdatedWhenPublished() {
        assertThat(FeedSamples.bare("MDG-2026-001", "t").updated()).isEqualTo(FeedSamples.PUBLISHED);
    }

    @ParameterizedTest
    @CsvSource({"0.0, None", "0.1, Low", "3.9, Low", "4.0, Medium", "6.9, Medium", "7.0, High", "8.9, High",
            "9.0, Critical", "10.0, Critical"})
    void severityFollowsTheCvssQualitativeRatingScale(double score, String severity) {
        assertThat(FeedScore.of("3.1", "CVSS:3.1/AV:N", score).severity()).isEqualTo(severity);
    }

    @Test
    void severityIsSpelledAsJvnDoes() {
        assertThat(new FeedScore("4.0", "CVSS:4.0/AV:N", 9.3, "CRITICAL").severity()).isEqualTo("Critical");
        assertThatThrownBy(() -> new FeedScore("4.0", "CVSS:4.0/AV:N", 9.3, "Severe"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Severe");
    }

    @Test
    void scoreOutsideZeroToTenIsRefused() {
        assertThatThrownBy(() -> FeedScore.of("3.1", "CVSS:3.1/AV:N", 10.1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeedScore.of("3.1", "CVSS:3.1/AV:N", Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scoreIsWrittenWithOneDecimalPointWhateverTheLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertThat(FeedScore.of("3.1", "CVSS:3.1/AV:N", 10).scoreText()).isEqualTo("10.0");
            assertThat(FeedScore.of("3.1", "CVSS:3.1/AV:N", 7.5).scoreText()).isEqualTo("7.5");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void cpeVersionIsReadOffTheName() {
        assertThat(new FeedCpe("cpe:/a:example:app", null, null).cpeVersion()).isEqualTo("2.2");
        assertThat(new FeedCpe("cpe:2.3:a:example:app:1.0:*:*:*:*:*:*:*", null, null).cpeVersion()).isEqualTo("2.3");
        assertThatThrownBy(() -> new FeedCpe("example app", null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void japaneseRegionalTagsCountAsJapanese() {
        assertThat(FeedSamples.channel("ja-JP", "t").japanese()).isTrue();
        assertThat(FeedSamples.channel("jam", "t").japanese()).isFalse();
        assertThat(FeedSamples.english().japanese()).isFalse();
    }
}
