package dev.madoguchi.feeds;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The two date formats feeds use, always to the second (no reader needs fractions, and some choke on them) and in
 * the channel's offset (see {@link FeedChannel}).
 */
final class FeedTime {

    private FeedTime() {
    }

    /**
     * RSS 2.0 ({@code pubDate}, {@code lastBuildDate}): "the Date and Time Specification of RFC 822", four-digit year
     * preferred, i.e. RFC 1123 §5.2.14, e.g. {@code Tue, 3 Jun 2008 11:05:30 GMT} or {@code ... +0900}. The JDK's
     * RFC 1123 formatter has its own English day and month names, so the default locale (a Japanese server's
     * {@code 火, 6月}) never leaks into a feed.
     */
    static String rfc822(Instant instant, ZoneOffset offset) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(offset));
    }

    /**
     * RFC 3339 §5.6 {@code date-time} with a numeric offset or {@code Z}: Atom's date construct (RFC 4287 §3.3) and
     * the W3C-DTF profile that Dublin Core's {@code dc:date}, {@code dcterms:issued} and {@code dcterms:modified}
     * take in JVNRSS.
     */
    static String rfc3339(Instant instant, ZoneOffset offset) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(offset));
    }
}
