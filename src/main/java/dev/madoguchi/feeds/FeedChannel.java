package dev.madoguchi.feeds;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;

/**
 * What a feed says about itself: its title and description, the page it stands for ({@code link}), its own address
 * ({@code selfUrl}), who publishes it, its language and when it last changed.
 *
 * <p>The language decides two things besides {@code xml:lang}/{@code <language>}: the time zone the dates are written
 * in, and the word that marks a withdrawn advisory. A Japanese channel ({@code "ja"}, or any tag whose primary subtag
 * is {@code ja}) writes every date in JST (+09:00), as JVN iPedia does for its Japanese readers, and marks withdrawn
 * advisories {@code 【取り下げ】}; any other language writes UTC and {@code [Withdrawn] }. Japan has no daylight saving
 * time, so a fixed +09:00 is JST all year.
 *
 * @param title       the feed's title, e.g. "Example PSIRT security advisories"
 * @param description one sentence on what the feed carries (RSS {@code description}, Atom {@code subtitle})
 * @param link        the absolute URL of the advisory list page the feed mirrors
 * @param selfUrl     the absolute URL the feed itself is served from (Atom and RSS {@code rel="self"}, the JVNRSS
 *                    {@code channel rdf:about}, the Atom feed ID)
 * @param publisher   the name of the publishing PSIRT: the Atom feed's author (RFC 4287 §4.1.1 requires one) and the
 *                    JVNRSS channel's {@code dc:creator}
 * @param language    a BCP 47 language tag, {@code "ja"} or {@code "en"} in practice
 * @param updated     when the feed's content last changed; the caller takes it from the newest advisory
 */
public record FeedChannel(String title, String description, String link, String selfUrl, String publisher,
        String language, Instant updated) {

    private static final ZoneOffset JST = ZoneOffset.ofHours(9);

    /** @throws IllegalArgumentException if a field is missing or a URL is not absolute */
    public FeedChannel {
        title = FeedValues.required(title, "title");
        description = FeedValues.required(description, "description");
        link = FeedValues.absoluteUrl(link, "link");
        selfUrl = FeedValues.absoluteUrl(selfUrl, "selfUrl");
        publisher = FeedValues.required(publisher, "publisher");
        language = FeedValues.required(language, "language");
        Objects.requireNonNull(updated, "updated");
    }

    boolean japanese() {
        String primary = language.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return primary.equals("ja");
    }

    /** The offset every date of this feed is written with: JST for Japanese, UTC otherwise. */
    ZoneOffset offset() {
        return japanese() ? JST : ZoneOffset.UTC;
    }

    /** The entry's title as the feed shows it: marked in this channel's language when the advisory was withdrawn. */
    String titleOf(FeedEntry entry) {
        if (!entry.withdrawn()) {
            return entry.title();
        }
        return (japanese() ? "【取り下げ】" : "[Withdrawn] ") + entry.title();
    }
}
