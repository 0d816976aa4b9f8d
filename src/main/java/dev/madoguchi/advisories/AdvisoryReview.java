package dev.madoguchi.advisories;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;
import dev.madoguchi.cases.Case;
import dev.madoguchi.cases.CaseDirectory;
import dev.madoguchi.cases.CaseViewer;
import dev.madoguchi.cases.PublicationAgreement;
import dev.madoguchi.csaf.CsafFinding;
import dev.madoguchi.csaf.CsafTestGroup;
import dev.madoguchi.csaf.CsafValidator;
import dev.madoguchi.csaf.CsafVerdict;
import dev.madoguchi.shared.DisplayTime;
import dev.madoguchi.shared.NotFoundException;
import dev.madoguchi.shared.Refusal;
import dev.madoguchi.shared.SqlInstants;
import dev.madoguchi.vulnerabilities.Vulnerability;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Four eyes and the schedule. A second PSIRT member approves one exact edition of the working copy (someone who did
 * not write any of it); an approved edition is scheduled for the instant agreed on its cases with the reporter and the
 * coordinator (NEC and Mitsubishi Electric policies: publication coordinated with JPCERT/CC, at the same moment as
 * JVN); an update of a published advisory is published at once.
 */
@Service
class AdvisoryReview {

    /** The fields an advisory cannot be published without. */
    static final List<AdvisoryField> REQUIRED = List.of(AdvisoryField.TITLE, AdvisoryField.OVERVIEW,
            AdvisoryField.DESCRIPTION, AdvisoryField.CONTACT);

    private final JdbcClient jdbc;
    private final AdvisoryDrafts drafts;
    private final AdvisoryEditions editions;
    private final CaseDirectory cases;
    private final AdvisoryProperties properties;
    private final AdvisorySnapshots snapshots;
    private final AuditTrail audit;
    private final CsafDocuments csaf;
    private final Clock clock;

    AdvisoryReview(JdbcClient jdbc, AdvisoryDrafts drafts, AdvisoryEditions editions, CaseDirectory cases,
            AdvisoryProperties properties, AdvisorySnapshots snapshots, AuditTrail audit, CsafDocuments csaf,
            Clock clock) {
        this.csaf = csaf;
        this.snapshots = snapshots;
        this.jdbc = jdbc;
        this.drafts = drafts;
        this.editions = editions;
        this.cases = cases;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** The summary line of a revision: what PSIRT wrote, or "Initial release" for the first. */
    static Bilingual summary(int revision, String ja, String en) {
        Bilingual written = new Bilingual(ja, en);
        return revision == 1 && written.empty() ? new Bilingual("初版", "Initial release") : written;
    }

    @Transactional(readOnly = true)
    AdvisoryStatus status(String id, CaseViewer viewer) {
        AdvisoryDrafts.requireHandler(viewer);
        return AdvisoryStatus.read(jdbc, id).orElseThrow(() -> new NotFoundException("advisory " + id));
    }

    @Transactional
    void summarize(String id, String ja, String en, CaseViewer viewer) {
        AdvisoryDrafts.requireHandler(viewer);
        String newJa = ja == null ? "" : ja.strip();
        String newEn = en == null ? "" : en.strip();
        if (newJa.length() > 500 || newEn.length() > 500 || newJa.contains("\n") || newEn.contains("\n")) {
            throw new Refusal("advisory.summary.one-line");
        }
        editions.edited(id, viewer.username(), clock.instant());
        jdbc.sql("update advisory set revision_summary_ja = ?, revision_summary_en = ? where id = ?")
                .params(newJa, newEn, id).update();
        audit.record(AuditEntry.of("advisory.summary-saved", "advisory", id, newEn.isEmpty() ? newJa : newEn));
    }

    /**
     * Approves the edition the approver read. Refused when it changed since, when the approver wrote any of it, or
     * when it is not complete: required fields missing, or a translation older than its original.
     */
    @Transactional
    void approve(String id, int edition, CaseViewer viewer) {
        AdvisoryDrafts.requireHandler(viewer);
        AdvisoryStatus status = AdvisoryStatus.lock(jdbc, id).orElseThrow(() -> new NotFoundException(id));
        if (status.withdrawn()) {
            throw new Refusal("advisory.withdrawn.no-edit");
        }
        if (status.edition() != edition) {
            throw new Refusal("advisory.approve.changed");
        }
        if (status.editors().contains(viewer.username())) {
            throw new Refusal("advisory.approve.own-text");
        }
        List<String> problems = incomplete(id, status);
        if (!problems.isEmpty()) {
            throw new Refusal("advisory.approve.incomplete", String.join(", ", problems));
        }
        Bilingual summary = summary(status.publishedRevision() + 1, status.summaryJa(), status.summaryEn());
        List<String> csafErrors = csafErrors(snapshots.next(id, clock.instant(), summary));
        if (!csafErrors.isEmpty()) {
            throw new Refusal("advisory.approve.csaf", String.join("; ", csafErrors));
        }
        String digest = snapshots.digest(id, summary);
        jdbc.sql("""
                update advisory set approved_edition = ?, approved_by = ?, approved_at = ?, approved_digest = ?
                where id = ?""").params(edition, viewer.username(), SqlInstants.toSql(clock.instant()), digest, id)
                .update();
        audit.record(AuditEntry.of("advisory.approved", "advisory", id, "edition " + edition));
    }

    /**
     * What would make the revision's CSAF document invalid (schema or mandatory tests, CSAF 2.0 §9.1.14), e.g. a
     * vulnerability without product status: machines would reject the advisory, so it is not approved. Approval and
     * publication build the document from the same content, so what passes here is what is published.
     */
    private List<String> csafErrors(AdvisorySnapshot next) {
        CsafVerdict verdict = CsafValidator.of(EnumSet.of(CsafTestGroup.MANDATORY)).validate(csaf.document(next));
        return verdict.findings().stream().filter(f -> f.severity() == CsafFinding.Severity.ERROR).limit(5)
                .map(f -> f.test() + " " + f.path() + ": " + f.message()).toList();
    }

    /** Field codes (and "summary") that keep the working copy from being approved. */
    List<String> incomplete(String id, AdvisoryStatus status) {
        List<String> problems = new ArrayList<>();
        boolean ja = true;
        boolean en = true;
        for (AdvisoryText t : drafts.texts(id)) {
            if (REQUIRED.contains(t.field())) {
                ja &= !t.ja().isBlank();
                en &= !t.en().isBlank();
            }
            if (!t.ja().isBlank() && !t.en().isBlank() && (t.jaStale() || t.enStale())) {
                problems.add(t.field().code());
            }
        }
        boolean complete = properties.singleLanguage() ? ja || en : ja && en;
        if (!complete) {
            problems.add(0, "required");
        }
        if (status.publishedRevision() > 0 && new Bilingual(status.summaryJa(), status.summaryEn()).empty()) {
            problems.add("summary");
        }
        return problems;
    }

    /**
     * Schedules the approved edition: the first revision at the instant agreed on every covered case (they must
     * agree on one instant), an update at once.
     */
    @Transactional
    Instant schedule(String id, CaseViewer viewer) {
        AdvisoryDrafts.requireHandler(viewer);
        AdvisoryStatus status = AdvisoryStatus.lock(jdbc, id).orElseThrow(() -> new NotFoundException(id));
        if (!status.approved()) {
            throw new Refusal("advisory.schedule.not-approved");
        }
        Instant at = status.publishedRevision() > 0 ? clock.instant() : agreedInstant(id);
        jdbc.sql("update advisory set publish_at = ?, scheduled_by = ? where id = ?")
                .params(SqlInstants.toSql(at), viewer.username(), id).update();
        audit.record(AuditEntry.of("advisory.scheduled", "advisory", id, "for " + at));
        return at;
    }

    @Transactional
    void unschedule(String id, CaseViewer viewer) {
        AdvisoryDrafts.requireHandler(viewer);
        if (jdbc.sql("""
                update advisory set publish_at = null, scheduled_by = null where id = ? and publish_at is not null""")
                .param(id).update() > 0) {
            audit.record(AuditEntry.of("advisory.unscheduled", "advisory", id, ""));
        }
    }

    /** The one instant every covered case agreed on with its reporter and coordinator. */
    Instant agreedInstant(String id) {
        Set<Long> caseIds = new LinkedHashSet<>();
        drafts.covered(id).stream().map(Vulnerability::caseId).forEach(caseIds::add);
        Map<String, Instant> agreed = new LinkedHashMap<>();
        List<String> without = new ArrayList<>();
        for (long caseId : caseIds) {
            Case c = cases.byId(caseId).orElseThrow();
            Optional<Instant> at = cases.publicationAgreement(c).map(PublicationAgreement::publishAt);
            if (at.isPresent()) {
                agreed.put(c.reference(), at.get());
            } else {
                without.add(c.reference());
            }
        }
        if (!without.isEmpty()) {
            throw new Refusal("advisory.schedule.no-agreement", String.join(", ", without));
        }
        if (new LinkedHashSet<>(agreed.values()).size() > 1) {
            DisplayTime time = new DisplayTime();
            List<String> each = new ArrayList<>();
            agreed.forEach((reference, at) -> each.add(reference + " " + time.jst(at)));
            throw new Refusal("advisory.schedule.disagree", String.join(", ", each));
        }
        return agreed.values().iterator().next();
    }
}
