package dev.madoguchi.feeds;

import java.util.List;
import java.util.function.BiFunction;

import org.w3c.dom.Element;

/** The three feed formats, with where each keeps its items, titles and summaries, for rules they all follow. */
enum FeedFormat {

    RSS_2_0(Rss20Feed::write, null, "item", "description"),
    ATOM_1_0(AtomFeed::write, ParsedFeed.ATOM, "entry", "summary"),
    JVNRSS(JvnRssFeed::write, ParsedFeed.RSS1, "item", "description");

    private final BiFunction<FeedChannel, List<FeedEntry>, String> writer;
    private final String namespace;
    private final String item;
    private final String summary;

    FeedFormat(BiFunction<FeedChannel, List<FeedEntry>, String> writer, String namespace, String item,
            String summary) {
        this.writer = writer;
        this.namespace = namespace;
        this.item = item;
        this.summary = summary;
    }

    String write(FeedChannel channel, List<FeedEntry> entries) {
        return writer.apply(channel, entries);
    }

    ParsedFeed parsed(FeedChannel channel, List<FeedEntry> entries) {
        return ParsedFeed.parse(write(channel, entries));
    }

    List<Element> items(ParsedFeed feed) {
        return feed.all(namespace, item);
    }

    List<String> titles(ParsedFeed feed) {
        return items(feed).stream().map(element -> ParsedFeed.text(element, namespace, "title")).toList();
    }

    List<String> summaries(ParsedFeed feed) {
        return items(feed).stream().map(element -> ParsedFeed.text(element, namespace, summary)).toList();
    }
}
