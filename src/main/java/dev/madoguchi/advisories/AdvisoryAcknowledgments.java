package dev.madoguchi.advisories;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;
import dev.madoguchi.cases.CaseDirectory;
import dev.madoguchi.cases.CaseViewer;
import dev.madoguchi.shared.Refusal;
import dev.madoguchi.shared.SqlInstants;
import dev.madoguchi.vulnerabilities.Vulnerability;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who an advisory thanks. Reporters come from the cases it covers, only those who consented and under the name they
 * chose, and for duplicates only the first reporter (Mitsubishi Electric policy); PSIRT adds others (a coordinator,
 * a co-finder) only with a record of their consent.
 */
@Service
class AdvisoryAcknowledgments {

    /** One acknowledgment PSIRT added, with the consent that allows it. */
    record Added(long id, Bilingual name, String consent, String recordedBy, Instant recordedAt) {
    }

    private final JdbcClient jdbc;
    private final CaseDirectory cases;
    private final AdvisoryEditions editions;
    private final AuditTrail audit;
    private final Clock clock;

    AdvisoryAcknowledgments(JdbcClient jdbc, CaseDirectory cases, AdvisoryEditions editions, AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.editions = editions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The reporters' credits of the covered cases, each case once, in the order of the cases. */
    List<Bilingual> fromCases(List<Vulnerability> covered) {
        Set<Long> caseIds = new LinkedHashSet<>();
        covered.forEach(v -> caseIds.add(v.caseId()));
        Set<String> names = new LinkedHashSet<>();
        for (long caseId : caseIds) {
            cases.byId(caseId).flatMap(cases::credit).ifPresent(names::add);
        }
        return names.stream().map(n -> new Bilingual(n, n)).toList();
    }

    List<Added> added(String id) {
        return jdbc.sql("""
                select id, name_ja, name_en, consent, recorded_by, recorded_at from advisory_acknowledgment
                where advisory_id = ? order by id""").param(id)
                .query((rs, n) -> new Added(rs.getLong("id"), new Bilingual(rs.getString("name_ja"),
                        rs.getString("name_en")), rs.getString("consent"), rs.getString("recorded_by"),
                        SqlInstants.read(rs, "recorded_at")))
                .list();
    }

    /** Everyone the published advisory thanks: the consenting reporters, then those PSIRT added. */
    List<Bilingual> all(String id, List<Vulnerability> covered) {
        List<Bilingual> all = new ArrayList<>(fromCases(covered));
        added(id).forEach(a -> all.add(a.name()));
        return all;
    }

    @Transactional
    void add(String id, String nameJa, String nameEn, String consent, CaseViewer viewer) {
        AdvisoryDrafts.requireHandler(viewer);
        String ja = nameJa == null ? "" : nameJa.strip();
        String en = nameEn == null ? "" : nameEn.strip();
        String how = consent == null ? "" : consent.strip();
        if (ja.isEmpty() && en.isEmpty()) {
            throw new Refusal("advisory.ack.name-required");
        }
        if (how.isEmpty()) {
            // naming someone publicly needs their consent (both seed policies credit only with consent)
            throw new Refusal("advisory.ack.consent-required");
        }
        if (ja.length() > 200 || en.length() > 200 || how.length() > 1000) {
            throw new Refusal("advisory.ack.too-long");
        }
        Instant now = clock.instant();
        editions.edited(id, viewer.username(), now);
        jdbc.sql("""
                insert into advisory_acknowledgment (advisory_id, name_ja, name_en, consent, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, ja.isEmpty() ? en : ja, en.isEmpty() ? ja : en, how, viewer.username(),
                        SqlInstants.toSql(now))
                .update();
        audit.record(AuditEntry.of("advisory.acknowledgment-added", "advisory", id, (en.isEmpty() ? ja : en)
                + " — consent: " + how));
    }

    @Transactional
    void remove(String id, long acknowledgmentId, CaseViewer viewer) {
        AdvisoryDrafts.requireHandler(viewer);
        editions.edited(id, viewer.username(), clock.instant());
        int removed = jdbc.sql("delete from advisory_acknowledgment where advisory_id = ? and id = ?")
                .params(id, acknowledgmentId).update();
        if (removed > 0) {
            audit.record(AuditEntry.of("advisory.acknowledgment-removed", "advisory", id, "#" + acknowledgmentId));
        }
    }
}
