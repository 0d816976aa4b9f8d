package dev.madoguchi.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.madoguchi.identity.StaffDirectory;
import dev.madoguchi.shared.NotFoundException;
import dev.madoguchi.shared.SqlInstants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ending a case: closing with a resolution (the reporter is told the conclusion), the four-eyes rule for the
 * resolutions a reporter is most likely to dispute, merging duplicates (the first reporter stays the one credited,
 * the later one learns only that it is a duplicate), and reopening with a reason.
 */
@Component
class CaseClosing {

    private final Cases cases;
    private final CaseWorkflow workflow;
    private final CaseTimeline timeline;
    private final CaseReplies replies;
    private final StaffDirectory staff;
    private final JdbcClient jdbc;
    private final Clock clock;

    CaseClosing(Cases cases, CaseWorkflow workflow, CaseTimeline timeline, CaseReplies replies, StaffDirectory staff,
            JdbcClient jdbc, Clock clock) {
        this.cases = cases;
        this.workflow = workflow;
        this.timeline = timeline;
        this.replies = replies;
        this.staff = staff;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Closes the case, or, for a resolution that needs a second approval, records the proposal and leaves the case
     * open until another PSIRT member approves it. Returns true when the case was closed now.
     */
    @Transactional
    boolean close(String reference, CaseViewer viewer, Resolution resolution, String note, String referral,
            String reply) {
        Case c = workflow.handled(reference, viewer);
        CaseWorkflow.require(c, CaseState.CLOSED);
        if (resolution == Resolution.DUPLICATE) {
            throw new CaseRuleViolation("case.duplicate-by-merging");
        }
        if (resolution.refers() && (referral == null || referral.isBlank())) {
            throw new CaseRuleViolation("case.referral.required");
        }
        if (note == null || note.isBlank()) {
            throw new CaseRuleViolation("case.note.required");
        }
        if (resolution.needsSecondApproval()) {
            if (pending(c.id()).isPresent()) {
                throw new CaseRuleViolation("case.proposal-pending");
            }
            jdbc.sql("""
                    insert into case_closure_proposal (case_id, resolution, note, referral, proposed_by, proposed_at)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(c.id(), resolution.code(), note.strip(), blankToNull(referral), viewer.userId(),
                            SqlInstants.toSql(clock.instant()))
                    .update();
            timeline.record(c, viewer.username(), "closure-proposed", "resolution " + resolution.code()
                    + " awaits a second PSIRT member's approval; note: " + note.strip());
            return false;
        }
        closeNow(c, viewer.username(), resolution, note, referral, reply);
        return true;
    }

    Optional<ClosureProposal> pending(long caseId) {
        return jdbc.sql("""
                select id, resolution, note, referral, proposed_by, proposed_at from case_closure_proposal
                where case_id = ? and decision is null""").param(caseId)
                .query((rs, n) -> new ClosureProposal(rs.getLong("id"), Resolution.fromCode(rs.getString("resolution")),
                        rs.getString("note"), rs.getString("referral"), rs.getLong("proposed_by"),
                        staff.byId(rs.getLong("proposed_by")).map(StaffDirectory.StaffMember::username).orElse("?"),
                        SqlInstants.read(rs, "proposed_at")))
                .optional();
    }

    /** A second PSIRT member approves the proposed closure; the proposer never approves their own. */
    @Transactional
    void approve(String reference, CaseViewer viewer, String reply) {
        Case c = workflow.handled(reference, viewer);
        ClosureProposal proposal = pending(c.id()).orElseThrow(() -> new CaseRuleViolation("case.no-proposal"));
        if (proposal.proposedBy() == viewer.userId()) {
            throw new CaseRuleViolation("case.own-proposal");
        }
        if (!viewer.psirt()) {
            throw new CaseRuleViolation("case.approval-by-psirt");
        }
        decide(proposal, viewer, "approved");
        closeNow(c, viewer.username(), proposal.resolution(), proposal.note(), proposal.referral(), reply);
    }

    @Transactional
    void reject(String reference, CaseViewer viewer, String reason) {
        Case c = workflow.handled(reference, viewer);
        ClosureProposal proposal = pending(c.id()).orElseThrow(() -> new CaseRuleViolation("case.no-proposal"));
        boolean own = proposal.proposedBy() == viewer.userId();
        decide(proposal, viewer, own ? "withdrawn" : "rejected");
        timeline.record(c, viewer.username(), own ? "closure-withdrawn" : "closure-rejected",
                "resolution " + proposal.resolution().code() + (reason == null || reason.isBlank() ? ""
                        : "; reason: " + reason.strip()));
    }

    private void decide(ClosureProposal proposal, CaseViewer viewer, String decision) {
        jdbc.sql("update case_closure_proposal set decided_by = ?, decided_at = ?, decision = ? where id = ?")
                .params(decision.equals("withdrawn") ? null : viewer.userId(), SqlInstants.toSql(clock.instant()),
                        decision, proposal.id())
                .update();
    }

    private void closeNow(Case c, String actor, Resolution resolution, String note, String referral, String reply) {
        Instant now = clock.instant();
        cases.update(c.id(), "state = 'closed', closed_from = ?, closed_at = ?, resolution = ?, "
                + "waiting_for_reporter_since = null", c.state().code(), Timestamp.from(now), resolution.code());
        replies.send(cases.reportIds(c.id()), resolution.template(), reply, referral, actor, "closed");
        timeline.record(c, actor, "closed", c.state().code() + " -> closed; resolution " + resolution.code()
                + "; note: " + note.strip() + (referral == null || referral.isBlank() ? "" : "; referred to "
                        + referral.strip()));
    }

    /**
     * Merges a duplicate case into the case it duplicates: the reports move over, the duplicate closes as
     * {@code duplicate}, and its reporters are told only that — nothing else about the other case. The report
     * received first, over both cases, stays the one credited.
     */
    @Transactional
    void merge(String duplicateReference, String intoReference, CaseViewer viewer) {
        Case duplicate = workflow.handled(duplicateReference, viewer);
        Case into = workflow.handled(intoReference, viewer);
        List<Cases.CaseReport> intoReports = cases.reports(into.id());
        if (duplicate.id() == into.id() || duplicate.closed() || into.closed() || intoReports.isEmpty()) {
            throw new CaseRuleViolation("case.merge-not-possible");
        }
        Instant firstThere = intoReports.get(0).receivedAt();
        List<Cases.CaseReport> duplicateReports = cases.reports(duplicate.id());
        for (Cases.CaseReport report : duplicateReports) {
            if (report.receivedAt().isAfter(firstThere)) {
                replies.send(List.of(report.reportId()), Resolution.DUPLICATE.template(), null, null,
                        viewer.username(), "closed");
            } else {
                // reported before everyone on the other case: this reporter is the first, the case goes on for them
                replies.status(List.of(report.reportId()), into.state().code());
            }
        }
        cases.moveReports(duplicate.id(), into.id());
        cases.update(duplicate.id(), "state = 'closed', closed_from = ?, closed_at = ?, resolution = 'duplicate', "
                + "merged_into = ?", duplicate.state().code(), Timestamp.from(clock.instant()), into.id());
        cases.addSearchText(into.id(), duplicate.title());
        timeline.record(duplicate, viewer.username(), "merged", "closed as a duplicate of " + into.reference());
        timeline.record(into, viewer.username(), "duplicate-merged", duplicate.reference() + " merged in with "
                + duplicateReports.size() + " report(s); first reporter: report " + cases.reportIds(into.id()).get(0));
    }

    @Transactional
    void reopen(String reference, CaseViewer viewer, String reason) {
        Case c = workflow.handled(reference, viewer);
        if (!c.closed() || c.mergedInto() != null) {
            throw new CaseRuleViolation("case.reopen-not-possible");
        }
        if (reason == null || reason.isBlank()) {
            throw new CaseRuleViolation("case.reason.required");
        }
        CaseState back = c.closedFrom() == null ? CaseState.TRIAGE : c.closedFrom();
        cases.update(c.id(), "state = ?, resolution = null, closed_at = null, closed_from = null", back.code());
        replies.status(cases.reportIds(c.id()), back.code());
        timeline.record(c, viewer.username(), "reopened", "closed -> " + back.code() + "; reason: " + reason.strip());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** For the case page: not found when the viewer may not see the case. */
    Case visible(String reference, CaseViewer viewer) {
        return cases.find(reference, viewer).orElseThrow(() -> new NotFoundException("case " + reference));
    }
}
