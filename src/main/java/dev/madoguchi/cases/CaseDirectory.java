package dev.madoguchi.cases;

import java.util.List;
import java.util.Optional;

import dev.madoguchi.intake.ReporterThread;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases as other modules work on them: a lookup that applies the need-to-know rule (a case the viewer may not see
 * is absent, like one that does not exist), the divisions a developer belongs to, and the case timeline, so that
 * what another module records about a case is on the case's timeline and in the audit trail.
 */
@Component
public class CaseDirectory {

    private final Cases cases;
    private final CaseTimeline timeline;
    private final ReporterThread reports;
    private final JdbcClient jdbc;
    private final PublicationAgreements agreements;

    CaseDirectory(Cases cases, CaseTimeline timeline, ReporterThread reports, JdbcClient jdbc,
            PublicationAgreements agreements) {
        this.cases = cases;
        this.timeline = timeline;
        this.reports = reports;
        this.jdbc = jdbc;
        this.agreements = agreements;
    }

    /**
     * The name to credit for the case: the first reporter's (Mitsubishi Electric policy: for duplicates, credit goes
     * to the first reporter), only when they asked to be credited, under the name they chose, and not after they
     * withdrew the report.
     */
    public Optional<String> credit(Case c) {
        return cases.reportIds(c.id()).stream().findFirst().flatMap(reports::report)
                .filter(r -> r.creditWanted() && r.creditName() != null && !r.creditName().isBlank()
                        && r.withdrawnAt() == null)
                .map(r -> r.creditName().strip());
    }

    public Optional<Case> visible(String reference, CaseViewer viewer) {
        return cases.find(reference, viewer);
    }

    /**
     * The case with this id, whoever asks: for server-side jobs and event listeners (e.g. one that reacts to
     * {@link PublicationDateAgreed}). It does not apply the need-to-know rule, so what it returns must never feed a
     * page or an API answer directly; use {@link #visible} for those.
     */
    public Optional<Case> byId(long id) {
        return cases.byId(id);
    }

    /**
     * The publication date agreed for the case and in force: the latest agreement recorded, unless it was withdrawn
     * (then none). Earlier agreements, superseded by a change of date, are history and never returned here.
     */
    public Optional<PublicationAgreement> publicationAgreement(Case c) {
        return agreements.current(c.id()).map(PublicationAgreements.AgreementEntry::agreement);
    }

    /** The divisions whose cases a developer sees; empty for anyone without the DEVELOPER role. */
    public List<Long> divisionsOf(CaseViewer viewer) {
        if (!viewer.developer()) {
            return List.of();
        }
        return jdbc.sql("select division_id from division_member where user_id = ? order by division_id")
                .param(viewer.userId()).query(Long.class).list();
    }

    /** Puts an act of another module on the case timeline and in the audit trail, in the caller's transaction. */
    @Transactional
    public void record(Case c, String actor, String kind, String summary) {
        timeline.record(c, actor, kind, summary);
    }
}
