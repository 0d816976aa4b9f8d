package dev.madoguchi.feeds;

/**
 * A reference from an advisory to related information, as JVNRSS writes it in {@code sec:references} (mod_sec:
 * {@code <sec:references source="%name" id="%id" title="...">URL</sec:references>}, every attribute optional).
 * The CVE IDs of a {@link FeedEntry} become references by themselves; this record is for the others.
 *
 * @param source who issued the referenced document, e.g. {@code "JVN"}, {@code "ICS-CERT"}, {@code "CVE"} or
 *               {@code "URL"}; null leaves the attribute out
 * @param id     the document's ID at that source, e.g. {@code "JVNVU#12345678"}; null leaves the attribute out
 * @param title  the document's title; null leaves the attribute out
 * @param url    the document's absolute URL
 */
public record FeedReference(String source, String id, String title, String url) {

    /** @throws IllegalArgumentException if the URL is missing or relative */
    public FeedReference {
        source = FeedValues.optional(source);
        id = FeedValues.optional(id);
        title = FeedValues.optional(title);
        url = FeedValues.absoluteUrl(url, "reference URL");
    }
}
