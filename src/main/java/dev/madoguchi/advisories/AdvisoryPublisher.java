package dev.madoguchi.advisories;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;
import dev.madoguchi.shared.SqlInstants;
import dev.madoguchi.vulnerabilities.VulnerabilityDirectory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes approved advisories whose instant has come. Every artifact of the revision (the snapshot, HTML and PDF
 * in both languages, the CSAF 2.0 document, the public list entry that feeds, sitemap and search read) is produced
 * and written in one transaction, so a reader sees all of it or none of it. The advisory row is locked with
 * {@code skip locked} and the conditions are checked again under the lock, and the revision number is a primary key:
 * two nodes polling the same database cannot publish one revision twice.
 */
@Component
class AdvisoryPublisher {

    private static final Logger log = LoggerFactory.getLogger(AdvisoryPublisher.class);

    /**
     * A publication this late (the server was down at the instant) carries the moment it really became public; within
     * this margin it carries the agreed instant, the one JVN shows.
     */
    static final Duration ON_TIME = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final AdvisorySnapshots snapshots;
    private final AdvisoryRenditions renditions;
    private final AdvisoryPdf pdf;
    private final CsafDocuments csaf;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final VulnerabilityDirectory vulnerabilities;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AdvisoryPublisher(JdbcClient jdbc, AdvisorySnapshots snapshots, AdvisoryRenditions renditions, CsafDocuments csaf,
            AuditTrail audit, ApplicationEventPublisher events, VulnerabilityDirectory vulnerabilities, JsonMapper json,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.vulnerabilities = vulnerabilities;
        this.jdbc = jdbc;
        this.snapshots = snapshots;
        this.renditions = renditions;
        this.pdf = new AdvisoryPdf();
        this.csaf = csaf;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * How far ahead the job looks: the job runs about every second or two (db-scheduler polls every second), so an
     * advisory due within this much is waited for and published at its instant rather than up to two seconds late.
     */
    static final Duration LOOKAHEAD = Duration.ofSeconds(2);

    /** Publishes every advisory that is due (waiting for one due in the next moments); the number published. */
    int publishDue() {
        waitForTheNextInstant();
        List<String> due = jdbc.sql("""
                select id from advisory where publish_at <= ? and approved_edition = edition and state <> 'withdrawn'
                order by publish_at""")
                .param(SqlInstants.toSql(clock.instant())).query(String.class).list();
        int published = 0;
        for (String id : due) {
            try {
                if (Boolean.TRUE.equals(transactions.execute(status -> publish(id)))) {
                    published++;
                    sendCveRecords(id);
                }
            } catch (RuntimeException e) {
                // one broken advisory must not hold back the others; it stays scheduled and is tried again
                log.error("Publishing advisory {} failed; it stays scheduled", id, e);
            }
        }
        return published;
    }

    private void waitForTheNextInstant() {
        Instant now = clock.instant();
        Instant next = jdbc.sql("""
                select publish_at from advisory where publish_at > ? and publish_at <= ?
                  and approved_edition = edition order by publish_at limit 1""")
                .params(SqlInstants.toSql(now), SqlInstants.toSql(now.plus(LOOKAHEAD)))
                .query((rs, n) -> SqlInstants.read(rs, "publish_at")).optional().orElse(null);
        if (next == null) {
            return;
        }
        try {
            Thread.sleep(Math.min(LOOKAHEAD.toMillis(), Duration.between(now, next).toMillis() + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * After the advisory is public, its CVE records go to CVE Services (when configured): a remote call never holds
     * the publication transaction, and a refusal there does not take the advisory back. A failure is audited and the
     * record can be sent again from the investigation page.
     */
    private void sendCveRecords(String id) {
        List<Long> covered = jdbc.sql("select vulnerability_id from advisory_vulnerability where advisory_id = ?"
                + " order by vulnerability_id").param(id).query(Long.class).list();
        for (long vulnerability : covered) {
            try {
                vulnerabilities.publishCveRecord(vulnerability, "advisory " + id);
            } catch (RuntimeException e) {
                log.warn("The CVE record of vulnerability {} (advisory {}) was not sent to CVE Services: {}",
                        vulnerability, id, e.toString());
                transactions.executeWithoutResult(status -> audit.record(AuditEntry.of("advisory.cve-not-sent",
                        "advisory", id, "vulnerability " + vulnerability + ": " + e.getMessage())));
            }
        }
    }

    private boolean publish(String id) {
        record Due(Instant publishAt, String approvedBy, String summaryJa, String summaryEn, int revision,
                String digest) {
        }
        Instant now = clock.instant();
        Due due = jdbc.sql("""
                select publish_at, approved_by, revision_summary_ja, revision_summary_en, published_revision,
                  approved_digest from advisory where id = ? and publish_at <= ? and approved_edition = edition
                for update skip locked""").params(id, SqlInstants.toSql(now))
                .query((rs, n) -> new Due(SqlInstants.read(rs, "publish_at"), rs.getString("approved_by"),
                        rs.getString("revision_summary_ja"), rs.getString("revision_summary_en"),
                        rs.getInt("published_revision"), rs.getString("approved_digest")))
                .optional().orElse(null);
        if (due == null) {
            return false;
        }
        Bilingual summary = AdvisoryReview.summary(due.revision() + 1, due.summaryJa(), due.summaryEn());
        AdvisorySnapshot undated = snapshots.next(id, Instant.EPOCH, summary);
        if (!snapshots.digest(undated).equals(due.digest())) {
            // the investigation data drawn into the advisory changed after approval: nobody approved this content
            jdbc.sql("""
                    update advisory set approved_edition = null, approved_by = null, approved_at = null,
                      approved_digest = null, publish_at = null, scheduled_by = null where id = ?""").param(id)
                    .update();
            audit.record(AuditEntry.of("advisory.approval-withdrawn", "advisory", id,
                    "the affected products or vulnerabilities changed after approval; not published"));
            log.warn("Advisory {} not published: its content changed after approval", id);
            return false;
        }
        Instant published = now.isAfter(due.publishAt().plus(ON_TIME)) ? now : due.publishAt();
        AdvisorySnapshot s = undated.dated(published);
        String snapshotJson = json.writeValueAsString(s);
        for (String language : List.of("ja", "en")) {
            store(id, "html", language, AdvisoryRenditions.utf8(renditions.page(s, language)), published);
            store(id, "pdf", language, pdf.render(renditions.print(s, language)), published);
        }
        jdbc.sql("""
                insert into advisory_revision (advisory_id, number, published_at, summary_ja, summary_en, approved_by,
                  snapshot) values (?, ?, ?, ?, ?, ?, ?::jsonb)""")
                .params(id, s.revision(), SqlInstants.toSql(published), s.history().get(s.revision() - 1).summary()
                        .ja(), s.history().get(s.revision() - 1).summary().en(), due.approvedBy(), snapshotJson)
                .update();
        csaf.store(s);
        listPublicly(s, snapshotJson);
        jdbc.sql("""
                update advisory set state = 'published', published_revision = ?, publish_at = null,
                  scheduled_by = null, approved_edition = null, approved_by = null, approved_at = null,
                  revision_summary_ja = '', revision_summary_en = '', updated_at = ? where id = ?""")
                .params(s.revision(), SqlInstants.toSql(now), id).update();
        jdbc.sql("delete from advisory_editor where advisory_id = ?").param(id).update();
        audit.record(AuditEntry.of("advisory.published", "advisory", id, "revision " + s.revision() + " at "
                + published));
        events.publishEvent(new PortalChanged(id));
        log.info("Published advisory {} revision {}", id, s.revision());
        return true;
    }

    private void store(String id, String kind, String language, byte[] content, Instant modified) {
        jdbc.sql("""
                insert into advisory_rendition (advisory_id, kind, language, content, etag, modified_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (advisory_id, kind, language) do update set content = excluded.content,
                  etag = excluded.etag, modified_at = excluded.modified_at""")
                .params(id, kind, language, content, AdvisoryRenditions.etag(content), SqlInstants.toSql(modified))
                .update();
    }

    private void listPublicly(AdvisorySnapshot s, String snapshotJson) {
        var highest = s.highest();
        Set<Long> products = new LinkedHashSet<>();
        s.vulnerabilities().forEach(v -> v.affected().forEach(a -> products.add(a.productId())));
        StringBuilder search = new StringBuilder(s.id());
        for (String field : List.of("title", "overview", "description")) {
            search.append(' ').append(s.text(field).ja()).append(' ').append(s.text(field).en());
        }
        s.cveIds().forEach(c -> search.append(' ').append(c));
        s.vulnerabilities().forEach(v -> v.affected().forEach(a -> search.append(' ').append(a.product().ja())
                .append(' ').append(a.product().en())));
        jdbc.sql("""
                insert into advisory_public (advisory_id, year, first_published, last_updated, revision, title_ja,
                  title_en, summary_ja, summary_en, severity, severity_rank, max_score, cve_ids, product_ids,
                  acknowledged_ja, acknowledged_en, search_text, snapshot)
                values (:id, :year, :first, :updated, :revision, :titleJa, :titleEn, :summaryJa, :summaryEn,
                  :severity, :rank, :score, :cves, :products, :ackJa, :ackEn, :search, :snapshot::jsonb)
                on conflict (advisory_id) do update set last_updated = excluded.last_updated,
                  revision = excluded.revision, title_ja = excluded.title_ja, title_en = excluded.title_en,
                  summary_ja = excluded.summary_ja, summary_en = excluded.summary_en, severity = excluded.severity,
                  severity_rank = excluded.severity_rank, max_score = excluded.max_score, cve_ids = excluded.cve_ids,
                  product_ids = excluded.product_ids, acknowledged_ja = excluded.acknowledged_ja,
                  acknowledged_en = excluded.acknowledged_en, search_text = excluded.search_text,
                  snapshot = excluded.snapshot, withdrawn = false""")
                .param("id", s.id()).param("year", s.year())
                .param("first", SqlInstants.toSql(s.firstPublished()))
                .param("updated", SqlInstants.toSql(s.published())).param("revision", s.revision())
                .param("titleJa", s.text("title").in("ja")).param("titleEn", s.text("title").in("en"))
                .param("summaryJa", s.text("overview").in("ja")).param("summaryEn", s.text("overview").in("en"))
                .param("severity", highest.map(h -> h.severity().toLowerCase(Locale.ROOT)).orElse(null))
                .param("rank", highest.map(h -> PortalSeverity.rank(h.severity())).orElse(0))
                .param("score", highest.map(h -> BigDecimal.valueOf(h.score())).orElse(null))
                .param("cves", s.cveIds().toArray(new String[0]))
                .param("products", products.toArray(new Long[0]))
                .param("ackJa", s.acknowledgments().stream().map(a -> a.in("ja")).toArray(String[]::new))
                .param("ackEn", s.acknowledgments().stream().map(a -> a.in("en")).toArray(String[]::new))
                .param("search", search.toString().toLowerCase(Locale.ROOT))
                .param("snapshot", snapshotJson)
                .update();
    }
}
