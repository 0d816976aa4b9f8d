package dev.madoguchi.csaf.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.madoguchi.csaf.Rfc3339;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The asserted formats: RFC 3339 date-time, RFC 3986 URI and URI reference. */
class FormatTests {

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-31T12:00:00Z", "2024-01-31t12:00:00z", "2024-01-31 12:00:00Z",
            "2024-02-29T00:00:00Z", "2000-02-29T00:00:00Z", "0000-01-01T00:00:00Z", "2024-01-31T12:00:00.123456789Z",
            "2024-01-31T12:00:00+01:00", "2024-01-31T12:00:00-23:59", "2016-12-31T23:59:60Z",
            "2017-01-01T00:59:60+01:00", "2016-12-31T18:59:60-05:00"})
    void dateTimesOfRfc3339AreAccepted(String text) {
        assertThat(Rfc3339.isDateTime(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-31", "2024-01-31T12:00:00", "2024-01-31T12:00Z", "2023-02-29T00:00:00Z",
            "1900-02-29T00:00:00Z", "2024-04-31T00:00:00Z", "2024-13-01T00:00:00Z", "2024-00-01T00:00:00Z",
            "2024-01-00T00:00:00Z", "2024-01-31T24:00:00Z", "2024-01-31T12:60:00Z", "2024-01-31T12:00:61Z",
            "2024-01-31T12:00:60Z", "2024-01-31T12:00:00.Z", "2024-01-31T12:00:00+0100", "2024-01-31T12:00:00+24:00",
            "2024-01-31T12:00:00+01:60", "2024-01-31X12:00:00Z", "24-01-31T12:00:00Z", "2024-01-31T12:00:00Z ",
            "２０２４-01-31T12:00:00Z", "2024-01-31T12:00:00ZZ", ""})
    void otherTextsAreNotDateTimes(String text) {
        assertThat(Rfc3339.isDateTime(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com", "https://example.com/", "https://example.com/a%20b?q=1&r=2#f",
            "urn:example:animal:ferret:nose", "mailto:psirt@example.com", "https://user:pw@example.com:8443/x",
            "https://[::1]/x", "https://[2001:db8::7]:443/", "https://[v1.fe80::a+en1]/", "https://192.0.2.1/",
            "http://", "a:", "https://exa_mple.com/~x/(y)/*/;p=1", "https://example.com/?a/b?c"})
    void absoluteUrisOfRfc3986AreAccepted(String text) {
        assertThat(Rfc3986.isUri(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "example.com", "/relative", "//example.com/x", "https://example.com/a b",
            "https://example.com/%zz", "https://example.com/%2", "https://example.com/ä", "https://example.com/{x}",
            "https://example.com/a|b", "https://example.com/a#b#c", "https://example.com/a\\b", "1http://x",
            "https://[::1/x", "https://[1:2:3:4:5:6:7:8:9]/", "https://[::1::2]/", "https://ex ample.com",
            "https://a@b@c/", "https://example.com:80a/", "ht tp://x", "https://[2001:db8::7%25eth0]/"})
    void otherTextsAreNotUris(String text) {
        assertThat(Rfc3986.isUri(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/relative", "relative/path", "//example.com/x", "?q", "#f", "https://example.com",
            "./a:b"})
    void uriReferencesIncludeRelativeOnes(String text) {
        assertThat(Rfc3986.isUriReference(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b", "1a:b", "%zz", "/a#b#c"})
    void malformedUriReferencesAreRefused(String text) {
        assertThat(Rfc3986.isUriReference(text)).isFalse();
    }
}
