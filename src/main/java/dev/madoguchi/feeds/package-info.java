/**
 * Feeds of published security advisories: RSS 2.0 ({@link dev.madoguchi.feeds.Rss20Feed}), Atom 1.0, RFC 4287
 * ({@link dev.madoguchi.feeds.AtomFeed}) and JVNRSS, RSS 1.0 with JVN's mod_sec 3.0 security elements as JVN iPedia
 * publishes it ({@link dev.madoguchi.feeds.JvnRssFeed}). Plain Java and the JDK's StAX writer: no Spring, no
 * database, no dependency on any other module. The advisories module builds a
 * {@link dev.madoguchi.feeds.FeedChannel} and the {@link dev.madoguchi.feeds.FeedEntry}s of its published advisories,
 * newest first, and serves what {@code write(channel, entries)} returns as UTF-8.
 *
 * <p>Decisions every format shares: an advisory's page URL is its identity (RSS {@code guid}, Atom {@code id},
 * RDF {@code rdf:about}); a Japanese channel writes its dates in JST (+09:00) as JVN does, any other in UTC; a
 * withdrawn advisory stays in the feed with its title marked {@code 【取り下げ】} or {@code [Withdrawn] } by the
 * channel's language; characters XML 1.0 forbids (U+0000–U+0008 and the like) are dropped from every text, since
 * one of them would make the whole feed unreadable; links are absolute http(s) URLs, never {@code javascript:}.
 */
package dev.madoguchi.feeds;
