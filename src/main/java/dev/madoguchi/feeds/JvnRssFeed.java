package dev.madoguchi.feeds;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Writes a JVNRSS feed as JVN iPedia publishes it (JVNRSS 3.x): RSS 1.0 (RDF Site Summary) with Dublin Core dates
 * and JVN's security module mod_sec 3.0 ({@code http://jvn.jp/rss/mod_sec/3.0/}), so that tools that collect JVN
 * iPedia's feeds, MyJVN among them, can read ours as well.
 *
 * <p>RSS 1.0 §5.3.5: the channel lists its items in {@code items/rdf:Seq}, one {@code rdf:li rdf:resource} per
 * {@code item rdf:about}, in the same order; the channel's {@code rdf:about} is the feed's own URL and each item's
 * is the advisory's page. Each item then carries, in JVN iPedia's order: {@code title}, {@code link},
 * {@code description}; {@code sec:identifier} (the advisory ID); a {@code sec:references source="CVE"} per CVE ID
 * pointing at its CVE.org record, then the entry's other references; a {@code sec:cpe} per affected product; a
 * {@code sec:cvss type="Base"} per score; {@code dc:date} and {@code dcterms:modified} (last change) and
 * {@code dcterms:issued} (first publication).
 */
public final class JvnRssFeed {

    static final String RSS = "http://purl.org/rss/1.0/";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String DCTERMS = "http://purl.org/dc/terms/";
    static final String SEC = "http://jvn.jp/rss/mod_sec/3.0/";

    private JvnRssFeed() {
    }

    /**
     * The feed as an XML document declared UTF-8; serve or store it encoded as UTF-8 ({@code application/rdf+xml}
     * or, as JVN does, {@code application/xml}).
     *
     * @param entries the advisories in the order the feed lists them, newest first by the caller's choice
     */
    public static String write(FeedChannel channel, List<FeedEntry> entries) {
        ZoneOffset offset = channel.offset();
        FeedXml xml = FeedXml.document("rdf:RDF", new FeedXml.Namespace("", RSS), new FeedXml.Namespace("rdf", RDF),
                new FeedXml.Namespace("dc", DC), new FeedXml.Namespace("dcterms", DCTERMS),
                new FeedXml.Namespace("sec", SEC)).attribute("xml:lang", channel.language());
        xml.open("channel").attribute("rdf:about", channel.selfUrl());
        xml.leaf("title", channel.title());
        xml.leaf("link", channel.link());
        xml.leaf("description", channel.description());
        xml.leaf("dc:creator", channel.publisher());
        xml.leaf("dc:date", FeedTime.rfc3339(channel.updated(), offset));
        xml.leaf("dcterms:modified", FeedTime.rfc3339(channel.updated(), offset));
        xml.open("items").open("rdf:Seq");
        for (FeedEntry entry : entries) {
            xml.empty("rdf:li").attribute("rdf:resource", entry.link());
        }
        xml.close().close().close();
        for (FeedEntry entry : entries) {
            item(xml, channel, entry, offset);
        }
        return xml.finish();
    }

    private static void item(FeedXml xml, FeedChannel channel, FeedEntry entry, ZoneOffset offset) {
        xml.open("item").attribute("rdf:about", entry.link());
        xml.leaf("title", channel.titleOf(entry));
        xml.leaf("link", entry.link());
        xml.leaf("description", entry.summary());
        xml.leaf("sec:identifier", entry.id());
        for (String cveId : entry.cveIds()) {
            reference(xml, new FeedReference("CVE", cveId, null, FeedEntry.cveRecordUrl(cveId)));
        }
        for (FeedReference reference : entry.references()) {
            if (!isListedCve(reference, entry)) {
                reference(xml, reference);
            }
        }
        for (FeedCpe cpe : entry.cpes()) {
            xml.open("sec:cpe").attribute("version", cpe.cpeVersion()).attribute("vendor", cpe.vendor())
                    .attribute("product", cpe.product()).text(cpe.name()).close();
        }
        for (FeedScore score : entry.scores()) {
            xml.empty("sec:cvss").attribute("version", score.version()).attribute("score", score.scoreText())
                    .attribute("severity", score.severity()).attribute("vector", score.vector())
                    .attribute("type", "Base");
        }
        xml.leaf("dc:date", FeedTime.rfc3339(entry.updated(), offset));
        xml.leaf("dcterms:issued", FeedTime.rfc3339(entry.published(), offset));
        xml.leaf("dcterms:modified", FeedTime.rfc3339(entry.updated(), offset));
        xml.close();
    }

    /** A CVE reference the caller passed for a listed CVE ID is already written from the ID: once is enough. */
    private static boolean isListedCve(FeedReference reference, FeedEntry entry) {
        return reference.source() != null && reference.source().toUpperCase(Locale.ROOT).equals("CVE")
                && entry.cveIds().contains(reference.id());
    }

    private static void reference(FeedXml xml, FeedReference reference) {
        xml.open("sec:references").attribute("source", reference.source()).attribute("id", reference.id())
                .attribute("title", reference.title()).text(reference.url()).close();
    }
}
