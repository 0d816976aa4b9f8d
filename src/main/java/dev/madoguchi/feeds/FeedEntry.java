package dev.madoguchi.feeds;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One published advisory as a feed item. The feed writers take entries in the order given; the caller sorts them,
 * newest first.
 *
 * <p>The advisory's page URL ({@code link}) is its identity in every format: the RSS 2.0 {@code guid} (a permalink),
 * the Atom entry ID and the JVNRSS {@code item rdf:about}. An advisory's page therefore must not move once published.
 *
 * @param id         the advisory ID, e.g. {@code MDG-2026-001} (JVNRSS {@code sec:identifier})
 * @param title      the advisory's title in the channel's language
 * @param summary    a short plain-text summary; blank or null leaves Atom's {@code summary} out and writes an empty
 *                   RSS {@code description}
 * @param link       the absolute URL of the advisory's page
 * @param published  when the advisory was first published (RSS {@code pubDate}, Atom {@code published},
 *                   {@code dcterms:issued})
 * @param updated    when it last changed; null means never since publication
 * @param cveIds     the CVE IDs it covers (Atom and RSS categories, a JVNRSS {@code sec:references source="CVE"}
 *                   each)
 * @param scores     its CVSS base scores (JVNRSS {@code sec:cvss}); null means none
 * @param cpes       the affected products as CPE names (JVNRSS {@code sec:cpe}); null means none
 * @param references further references (JVNRSS {@code sec:references}), e.g. a JVN or ICS-CERT advisory; null means
 *                   none
 * @param withdrawn  whether the advisory was withdrawn: its title is then marked in the channel's language (see
 *                   {@link FeedChannel}), in every format, because a title is all that many feed readers show
 */
public record FeedEntry(String id, String title, String summary, String link, Instant published, Instant updated,
        List<String> cveIds, List<FeedScore> scores, List<FeedCpe> cpes, List<FeedReference> references,
        boolean withdrawn) {

    /** CVE JSON 5 {@code cveId} pattern: the year, then four or more digits. */
    private static final Pattern CVE_ID = Pattern.compile("CVE-[0-9]{4}-[0-9]{4,19}");

    /** @throws IllegalArgumentException if a required field is missing, a URL is relative or a CVE ID malformed */
    public FeedEntry {
        id = FeedValues.required(id, "entry ID");
        title = FeedValues.required(title, "entry title");
        summary = summary == null ? "" : summary.strip();
        link = FeedValues.absoluteUrl(link, "entry link");
        Objects.requireNonNull(published, "published");
        updated = updated == null ? published : updated;
        cveIds = FeedValues.list(cveIds, "CVE ID");
        for (String cveId : cveIds) {
            if (!CVE_ID.matcher(cveId).matches()) {
                throw new IllegalArgumentException("Not a CVE ID: " + cveId);
            }
        }
        scores = FeedValues.list(scores, "score");
        cpes = FeedValues.list(cpes, "CPE");
        references = FeedValues.list(references, "reference");
    }

    /** The CVE.org record page for a CVE ID, the address JVN iPedia also refers to. */
    static String cveRecordUrl(String cveId) {
        return "https://www.cve.org/CVERecord?id=" + cveId;
    }
}
