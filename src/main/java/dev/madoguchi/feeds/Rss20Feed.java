package dev.madoguchi.feeds;

import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes an RSS 2.0 feed (RSS Advisory Board, RSS 2.0 Specification, version 2.0.11), the format most feed readers
 * and mail clients take. One {@code item} per advisory with its title, link, summary as {@code description}, a
 * {@code guid} that is the advisory's page ({@code isPermaLink="true"}), the first publication as {@code pubDate}
 * and each CVE ID as a {@code category} in the CVE.org domain. The channel names its own address with
 * {@code atom:link rel="self"}, which the RSS Advisory Board's best practices recommend so that readers can tell a
 * copy from the original.
 */
public final class Rss20Feed {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    /** The {@code domain} of a CVE category: the CVE Program's site, whose IDs the category terms are. */
    static final String CVE_DOMAIN = "https://www.cve.org/";

    private Rss20Feed() {
    }

    /**
     * The feed as an XML document declared UTF-8; serve or store it encoded as UTF-8
     * ({@code application/rss+xml}).
     *
     * @param entries the advisories in the order the feed lists them, newest first by the caller's choice
     */
    public static String write(FeedChannel channel, List<FeedEntry> entries) {
        ZoneOffset offset = channel.offset();
        FeedXml xml = FeedXml.document("rss", new FeedXml.Namespace("atom", ATOM)).attribute("version", "2.0");
        xml.open("channel");
        xml.leaf("title", channel.title());
        xml.leaf("link", channel.link());
        xml.leaf("description", channel.description());
        xml.leaf("language", channel.language());
        xml.leaf("lastBuildDate", FeedTime.rfc822(channel.updated(), offset));
        xml.empty("atom:link").attribute("href", channel.selfUrl()).attribute("rel", "self")
                .attribute("type", "application/rss+xml");
        for (FeedEntry entry : entries) {
            xml.open("item");
            xml.leaf("title", channel.titleOf(entry));
            xml.leaf("link", entry.link());
            xml.leaf("description", entry.summary());
            xml.open("guid").attribute("isPermaLink", "true").text(entry.link()).close();
            xml.leaf("pubDate", FeedTime.rfc822(entry.published(), offset));
            for (String cveId : entry.cveIds()) {
                xml.open("category").attribute("domain", CVE_DOMAIN).text(cveId).close();
            }
            xml.close();
        }
        return xml.finish();
    }
}
