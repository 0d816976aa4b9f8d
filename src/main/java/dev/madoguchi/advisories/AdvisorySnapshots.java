package dev.madoguchi.advisories;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.madoguchi.cna.CveIdPool;
import dev.madoguchi.cvss.CvssVector;
import dev.madoguchi.cwe.Cwe;
import dev.madoguchi.cwe.CweCatalog;
import dev.madoguchi.shared.SqlInstants;
import dev.madoguchi.vulnerabilities.AffectedProduct;
import dev.madoguchi.vulnerabilities.Vulnerability;
import dev.madoguchi.vulnerabilities.VulnerabilityDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Freezes an advisory's working copy into the snapshot of a revision: its texts, the covered vulnerabilities with
 * their CVE IDs, scores and affected products as the investigation has them now, acknowledgments, references and
 * the revision history. The publisher and the preview both call this, so they cannot differ.
 */
@Component
class AdvisorySnapshots {

    private final JdbcClient jdbc;
    private final AdvisoryDrafts drafts;
    private final AdvisoryAcknowledgments acknowledgments;
    private final AdvisoryReferences references;
    private final VulnerabilityDirectory vulnerabilities;
    private final CveIdPool cveIds;
    private final CweCatalog cwes;
    private final JsonMapper json;

    AdvisorySnapshots(JdbcClient jdbc, AdvisoryDrafts drafts, AdvisoryAcknowledgments acknowledgments,
            AdvisoryReferences references, VulnerabilityDirectory vulnerabilities, CveIdPool cveIds,
            CweCatalog cwes, JsonMapper json) {
        this.json = json;
        this.jdbc = jdbc;
        this.drafts = drafts;
        this.acknowledgments = acknowledgments;
        this.references = references;
        this.vulnerabilities = vulnerabilities;
        this.cveIds = cveIds;
        this.cwes = cwes;
    }

    /**
     * The snapshot the next revision would publish at {@code published}.
     *
     * @param summary the revision's summary line (revision 1: the initial release)
     */
    AdvisorySnapshot next(String id, Instant published, Bilingual summary) {
        List<AdvisorySnapshot.Revision> history = new ArrayList<>(jdbc.sql("""
                select number, published_at, summary_ja, summary_en from advisory_revision
                where advisory_id = ? order by number""").param(id)
                .query((rs, n) -> new AdvisorySnapshot.Revision(rs.getInt("number"), SqlInstants.read(rs,
                        "published_at"), new Bilingual(rs.getString("summary_ja"), rs.getString("summary_en"))))
                .list());
        int revision = history.size() + 1;
        Instant firstPublished = history.isEmpty() ? published : history.get(0).date();
        history.add(new AdvisorySnapshot.Revision(revision, published, summary));

        Map<AdvisoryField, Bilingual> texts = new EnumMap<>(AdvisoryField.class);
        drafts.texts(id).forEach(t -> texts.put(t.field(), new Bilingual(t.ja(), t.en())));

        List<Vulnerability> covered = drafts.covered(id);
        List<AdvisorySnapshot.Vulnerability> items = new ArrayList<>();
        List<String> vulnerabilityUrls = new ArrayList<>();
        for (Vulnerability v : covered) {
            items.add(vulnerability(v));
            vulnerabilityUrls.addAll(v.references());
        }
        List<String> cves = items.stream().map(AdvisorySnapshot.Vulnerability::cveId)
                .filter(c -> c != null).toList();
        return new AdvisorySnapshot(id, revision, firstPublished, published, texts, items,
                acknowledgments.all(id, covered), references.all(id, cves, vulnerabilityUrls), history);
    }

    /**
     * A digest of what the next revision would publish, dates aside: the texts, acknowledgments, references and the
     * investigation data drawn in. Kept with an approval, so that publication can tell that the approved content is
     * still the content.
     */
    String digest(String id, Bilingual summary) {
        return digest(next(id, Instant.EPOCH, summary));
    }

    /** The digest of a snapshot made with {@link Instant#EPOCH} as its date. */
    String digest(AdvisorySnapshot undated) {
        byte[] content = json.writeValueAsBytes(undated);
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private AdvisorySnapshot.Vulnerability vulnerability(Vulnerability v) {
        List<AdvisorySnapshot.Score> scores = new ArrayList<>();
        v.scoreV3().map(AdvisorySnapshots::score).ifPresent(scores::add);
        v.scoreV4().map(AdvisorySnapshots::score).ifPresent(scores::add);
        Bilingual cweName = v.cwe() == null ? new Bilingual("", "")
                : cwes.byIdentifier(v.cwe()).map(AdvisorySnapshots::cweName).orElse(new Bilingual("", ""));
        List<AdvisorySnapshot.Affected> affected = vulnerabilities.affected(v).stream()
                .map(AdvisorySnapshots::affected).toList();
        return new AdvisorySnapshot.Vulnerability(v.label(), cveIds.ofVulnerability(v.id()).map(c -> c.id())
                .orElse(null), new Bilingual(v.titleJa(), v.titleEn()), v.cwe(), cweName, scores, affected);
    }

    private static AdvisorySnapshot.Score score(CvssVector c) {
        return new AdvisorySnapshot.Score(c.version(), c.vector(), c.baseScore(), c.severity());
    }

    private static Bilingual cweName(Cwe cwe) {
        return new Bilingual(cwe.name(true), cwe.name(false));
    }

    private static AdvisorySnapshot.Affected affected(AffectedProduct a) {
        return new AdvisorySnapshot.Affected(a.productId(), new Bilingual(a.productJa(), a.productEn()), a.range(),
                a.coveredVersions(), a.status().code(), a.cpe());
    }
}
