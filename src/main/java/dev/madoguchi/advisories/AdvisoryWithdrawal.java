package dev.madoguchi.advisories;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;
import dev.madoguchi.cases.CaseViewer;
import dev.madoguchi.shared.NotFoundException;
import dev.madoguchi.shared.Refusal;
import dev.madoguchi.shared.SqlInstants;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Withdrawing a published advisory. Its address keeps answering, with a tombstone page that says it was withdrawn,
 * when and why (a link in someone's vulnerability report must not silently die); the PDFs go, the list and the
 * feeds mark it withdrawn.
 */
@Service
class AdvisoryWithdrawal {

    private final JdbcClient jdbc;
    private final AdvisoryRenditions renditions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    AdvisoryWithdrawal(JdbcClient jdbc, AdvisoryRenditions renditions, AuditTrail audit,
            ApplicationEventPublisher events, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.renditions = renditions;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    void withdraw(String id, String reasonJa, String reasonEn, CaseViewer viewer) {
        AdvisoryDrafts.requireHandler(viewer);
        AdvisoryStatus status = AdvisoryStatus.lock(jdbc, id).orElseThrow(() -> new NotFoundException(id));
        if (status.publishedRevision() == 0 || status.withdrawn()) {
            throw new Refusal("advisory.withdraw.not-published");
        }
        Bilingual reason = new Bilingual(reasonJa == null ? "" : reasonJa.strip(),
                reasonEn == null ? "" : reasonEn.strip());
        if (reason.empty()) {
            throw new Refusal("advisory.withdraw.reason-required");
        }
        if (reason.ja().length() > 2000 || reason.en().length() > 2000) {
            throw new Refusal("advisory.withdraw.reason-too-long");
        }
        Instant now = clock.instant();
        AdvisorySnapshot last = json.readValue(jdbc.sql("""
                select snapshot::text from advisory_revision where advisory_id = ? order by number desc limit 1""")
                .param(id).query(String.class).single(), AdvisorySnapshot.class);
        for (String language : List.of("ja", "en")) {
            byte[] page = AdvisoryRenditions.utf8(renditions.tombstone(last, language, now, reason));
            jdbc.sql("""
                    update advisory_rendition set content = ?, etag = ?, modified_at = ?
                    where advisory_id = ? and kind = 'html' and language = ?""")
                    .params(page, AdvisoryRenditions.etag(page), SqlInstants.toSql(now), id, language).update();
        }
        jdbc.sql("delete from advisory_rendition where advisory_id = ? and kind = 'pdf'").param(id).update();
        jdbc.sql("update advisory_public set withdrawn = true, last_updated = ? where advisory_id = ?")
                .params(SqlInstants.toSql(now), id).update();
        jdbc.sql("""
                update advisory set state = 'withdrawn', withdrawn_at = ?, withdrawn_reason_ja = ?,
                  withdrawn_reason_en = ?, publish_at = null, approved_edition = null, updated_at = ? where id = ?""")
                .params(SqlInstants.toSql(now), reason.ja(), reason.en(), SqlInstants.toSql(now), id).update();
        events.publishEvent(new PortalChanged(id));
        audit.record(AuditEntry.of("advisory.withdrawn", "advisory", id, reason.en().isEmpty() ? reason.ja()
                : reason.en()));
    }
}
