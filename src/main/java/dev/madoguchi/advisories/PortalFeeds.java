package dev.madoguchi.advisories;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.madoguchi.feeds.FeedChannel;
import dev.madoguchi.feeds.FeedCpe;
import dev.madoguchi.feeds.FeedEntry;
import dev.madoguchi.feeds.FeedReference;
import dev.madoguchi.feeds.FeedScore;
import dev.madoguchi.shared.Organization;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The portal's feeds, made from the stored snapshots of published advisories: RSS 2.0 and Atom per language, and
 * the JVNRSS (RSS 1.0 with JVN's {@code sec:} module) that Japanese consumers of JVN-style feeds read.
 */
@Component
class PortalFeeds {

    /** Feed readers want what is new, not the archive: the list page has the rest. */
    static final int ENTRIES = 50;

    enum Format { RSS, ATOM, JVNRSS }

    private final PortalQuery portal;
    private final Organization organization;
    private final JsonMapper json;

    PortalFeeds(PortalQuery portal, Organization organization, JsonMapper json) {
        this.portal = portal;
        this.organization = organization;
        this.json = json;
    }

    String write(Format format, String language, String base, String selfPath, Instant updated) {
        boolean ja = language.equals("ja");
        String publisher = (ja ? organization.nameJa() : organization.nameEn()) + " PSIRT";
        FeedChannel channel = new FeedChannel(
                ja ? publisher + " セキュリティアドバイザリ" : publisher + " security advisories",
                ja ? "公開済みのセキュリティアドバイザリ（新しい順）" : "Published security advisories, newest first",
                base + "/advisories?lang=" + language, base + selfPath, publisher, language, updated);
        List<FeedEntry> entries = new ArrayList<>();
        for (PortalQuery.Published p : portal.newest(ENTRIES)) {
            entries.add(entry(json.readValue(p.snapshotJson(), AdvisorySnapshot.class), p.withdrawn(), language,
                    base));
        }
        return switch (format) {
            case RSS -> dev.madoguchi.feeds.Rss20Feed.write(channel, entries);
            case ATOM -> dev.madoguchi.feeds.AtomFeed.write(channel, entries);
            case JVNRSS -> dev.madoguchi.feeds.JvnRssFeed.write(channel, entries);
        };
    }

    private static FeedEntry entry(AdvisorySnapshot s, boolean withdrawn, String language, String base) {
        List<FeedScore> scores = new ArrayList<>();
        Map<String, FeedCpe> cpes = new LinkedHashMap<>();
        for (AdvisorySnapshot.Vulnerability v : s.vulnerabilities()) {
            v.scores().forEach(sc -> scores.add(new FeedScore(sc.version(), sc.vector(), sc.score(), sc.severity())));
            for (AdvisorySnapshot.Affected a : v.affected()) {
                if (a.cpe() != null && a.cpe().startsWith("cpe:2.3:")) {
                    String[] parts = a.cpe().split(":");
                    cpes.putIfAbsent(a.cpe(), new FeedCpe(a.cpe(), parts.length > 3 ? parts[3] : null,
                            parts.length > 4 ? parts[4] : null));
                }
            }
        }
        List<FeedReference> references = s.references().stream().map(r -> new FeedReference(r.source(),
                r.identifier().isEmpty() ? null : r.identifier(), null, r.url())).toList();
        return new FeedEntry(s.id(), s.text("title").in(language), s.text("overview").in(language),
                base + PortalPaths.advisory(s.id(), language), s.firstPublished(), s.published(), s.cveIds(),
                scores, new ArrayList<>(cpes.values()), references, withdrawn);
    }
}
