package dev.madoguchi.feeds;

import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes an Atom 1.0 feed (RFC 4287). The feed's ID is its own URL and each entry's ID is the advisory's page URL:
 * RFC 4287 §4.2.6 asks for a permanent, universally unique IRI, and an advisory's page is both (it never moves once
 * published; see {@link FeedEntry}). The feed carries the publishing PSIRT as its author, which §4.1.1 requires of a
 * feed whose entries name none, and links to its page ({@code rel="alternate"}) and to itself ({@code rel="self"}).
 * Each entry has its title, page, first publication ({@code published}), last change ({@code updated}), summary
 * when there is one, and a {@code category} per CVE ID with the CVE.org site as scheme.
 */
public final class AtomFeed {

    static final String ATOM = Rss20Feed.ATOM;

    private AtomFeed() {
    }

    /**
     * The feed as an XML document declared UTF-8; serve or store it encoded as UTF-8
     * ({@code application/atom+xml}).
     *
     * @param entries the advisories in the order the feed lists them, newest first by the caller's choice
     */
    public static String write(FeedChannel channel, List<FeedEntry> entries) {
        ZoneOffset offset = channel.offset();
        FeedXml xml = FeedXml.document("feed", new FeedXml.Namespace("", ATOM))
                .attribute("xml:lang", channel.language());
        xml.leaf("id", channel.selfUrl());
        xml.leaf("title", channel.title());
        xml.leaf("subtitle", channel.description());
        xml.leaf("updated", FeedTime.rfc3339(channel.updated(), offset));
        link(xml, "alternate", "text/html", channel.link());
        link(xml, "self", "application/atom+xml", channel.selfUrl());
        xml.open("author").leaf("name", channel.publisher()).close();
        for (FeedEntry entry : entries) {
            xml.open("entry");
            xml.leaf("id", entry.link());
            xml.leaf("title", channel.titleOf(entry));
            link(xml, "alternate", "text/html", entry.link());
            xml.leaf("published", FeedTime.rfc3339(entry.published(), offset));
            xml.leaf("updated", FeedTime.rfc3339(entry.updated(), offset));
            if (!entry.summary().isEmpty()) {
                xml.leaf("summary", entry.summary());
            }
            for (String cveId : entry.cveIds()) {
                xml.empty("category").attribute("term", cveId).attribute("scheme", Rss20Feed.CVE_DOMAIN);
            }
            xml.close();
        }
        return xml.finish();
    }

    private static void link(FeedXml xml, String relation, String type, String href) {
        xml.empty("link").attribute("rel", relation).attribute("type", type).attribute("href", href);
    }
}
