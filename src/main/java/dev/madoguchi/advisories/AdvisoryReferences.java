package dev.madoguchi.advisories;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;
import dev.madoguchi.cases.CaseViewer;
import dev.madoguchi.shared.Refusal;
import dev.madoguchi.shared.SqlInstants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An advisory's references: the JVN entry (JVNVU#…, published by JPCERT/CC at the same moment), ICS-CERT
 * advisories and other URLs that PSIRT adds, then at publication the CVE record of every covered CVE ID and the
 * references recorded on the vulnerabilities, each URL once.
 */
@Service
class AdvisoryReferences {

    static final Set<String> SOURCES = Set.of("JVN", "ICS-CERT", "CVE", "URL");

    /** A reference PSIRT added. */
    record Added(long id, String source, String identifier, String url) {
    }

    private final JdbcClient jdbc;
    private final AdvisoryEditions editions;
    private final AuditTrail audit;
    private final Clock clock;

    AdvisoryReferences(JdbcClient jdbc, AdvisoryEditions editions, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.editions = editions;
        this.audit = audit;
        this.clock = clock;
    }

    List<Added> added(String id) {
        return jdbc.sql("select id, source, identifier, url from advisory_reference where advisory_id = ? order by id")
                .param(id).query((rs, n) -> new Added(rs.getLong("id"), rs.getString("source"),
                        rs.getString("identifier"), rs.getString("url")))
                .list();
    }

    /** The published list: PSIRT's references, then each CVE record, then the vulnerabilities' own, without repeats. */
    List<AdvisorySnapshot.Reference> all(String id, List<String> cveIds, List<String> vulnerabilityUrls) {
        Map<String, AdvisorySnapshot.Reference> byUrl = new LinkedHashMap<>();
        for (Added a : added(id)) {
            byUrl.putIfAbsent(a.url(), new AdvisorySnapshot.Reference(a.source(), a.identifier(), a.url()));
        }
        for (String cve : cveIds) {
            String url = "https://www.cve.org/CVERecord?id=" + cve;
            byUrl.putIfAbsent(url, new AdvisorySnapshot.Reference("CVE", cve, url));
        }
        for (String url : vulnerabilityUrls) {
            byUrl.putIfAbsent(url, new AdvisorySnapshot.Reference("URL", "", url));
        }
        return new ArrayList<>(byUrl.values());
    }

    @Transactional
    void add(String id, String source, String identifier, String url, CaseViewer viewer) {
        AdvisoryDrafts.requireHandler(viewer);
        String kind = source == null ? "" : source.strip().toUpperCase(Locale.ROOT);
        String label = identifier == null ? "" : identifier.strip();
        String address = url == null ? "" : url.strip();
        if (!SOURCES.contains(kind)) {
            throw new Refusal("advisory.reference.source");
        }
        if (!webAddress(address)) {
            throw new Refusal("advisory.reference.url");
        }
        if (label.length() > 100) {
            throw new Refusal("advisory.reference.identifier-long");
        }
        Instant now = clock.instant();
        editions.edited(id, viewer.username(), now);
        jdbc.sql("""
                insert into advisory_reference (advisory_id, source, identifier, url, added_by, added_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, kind, label, address, viewer.username(), SqlInstants.toSql(now)).update();
        audit.record(AuditEntry.of("advisory.reference-added", "advisory", id, kind + " " + label + " " + address));
    }

    @Transactional
    void remove(String id, long referenceId, CaseViewer viewer) {
        AdvisoryDrafts.requireHandler(viewer);
        editions.edited(id, viewer.username(), clock.instant());
        if (jdbc.sql("delete from advisory_reference where advisory_id = ? and id = ?").params(id, referenceId)
                .update() > 0) {
            audit.record(AuditEntry.of("advisory.reference-removed", "advisory", id, "#" + referenceId));
        }
    }

    /** Only absolute http(s) URLs with a host: a reference is a link readers follow, never a script or a file. */
    static boolean webAddress(String text) {
        if (text.length() > 2000) {
            return false;
        }
        try {
            URI uri = new URI(text);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
