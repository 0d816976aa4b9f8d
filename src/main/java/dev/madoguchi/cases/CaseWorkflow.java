package dev.madoguchi.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import dev.madoguchi.calendar.BusinessCalendar;
import dev.madoguchi.shared.DisplayTime;
import dev.madoguchi.shared.NotFoundException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forward path of a case: acknowledge (which replies to the reporter and stops the acknowledgment clock),
 * triage on the three criteria, accept, and the later steps to publication. Each act checks the state in the
 * aggregate ({@link CaseState#canMoveTo}), is refused with a reason when illegal, and goes on the timeline and into
 * the audit trail.
 */
@Component
class CaseWorkflow {

    private final Cases cases;
    private final CaseTimeline timeline;
    private final CaseReplies replies;
    private final BusinessCalendar calendar;
    private final CaseProperties properties;
    private final Clock clock;

    CaseWorkflow(Cases cases, CaseTimeline timeline, CaseReplies replies, BusinessCalendar calendar,
            CaseProperties properties, Clock clock) {
        this.cases = cases;
        this.timeline = timeline;
        this.replies = replies;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    /** The case if the viewer may see it and may run its workflow; not found otherwise, like a missing case. */
    Case handled(String reference, CaseViewer viewer) {
        Case c = cases.find(reference, viewer).orElseThrow(() -> new NotFoundException("case " + reference));
        if (!viewer.handles()) {
            throw new CaseRuleViolation("case.handlers-only");
        }
        return c;
    }

    static void require(Case c, CaseState target) {
        if (!c.state().canMoveTo(target)) {
            throw new CaseRuleViolation("case.illegal-transition", c.state().code(), target.code());
        }
    }

    @Transactional
    void acknowledge(String reference, CaseViewer viewer, String reply) {
        Case c = handled(reference, viewer);
        require(c, CaseState.ACKNOWLEDGED);
        Instant now = clock.instant();
        Instant triageBy = calendar.addBusinessDays(now.atZone(DisplayTime.JST), properties.triageBusinessDays())
                .toInstant();
        cases.update(c.id(), "state = 'acknowledged', acknowledged_at = ?, triage_by = ?", ts(now), ts(triageBy));
        replies.send(cases.reportIds(c.id()), "acknowledgment", reply, null, viewer.username(), "acknowledged");
        timeline.record(c, viewer.username(), "acknowledged", "reply sent; "
                + (now.isAfter(c.acknowledgeBy()) ? "after" : "within") + " the acknowledgment deadline");
    }

    @Transactional
    void startTriage(String reference, CaseViewer viewer) {
        Case c = handled(reference, viewer);
        require(c, CaseState.TRIAGE);
        cases.update(c.id(), "state = 'triage'");
        replies.status(cases.reportIds(c.id()), "triage");
        timeline.record(c, viewer.username(), "triage-started", "acknowledged -> triage");
    }

    @Transactional
    void recordTriage(String reference, CaseViewer viewer, Triage triage) {
        Case c = handled(reference, viewer);
        if (c.state() != CaseState.TRIAGE && c.state() != CaseState.ACKNOWLEDGED) {
            throw new CaseRuleViolation("case.triage-not-now", c.state().code());
        }
        cases.update(c.id(), "security_issue = ?, security_issue_note = ?, reproducible = ?, reproducible_note = ?, "
                        + "undisclosed = ?, undisclosed_note = ?", triage.securityIssue(), note(triage.securityIssueNote()),
                triage.reproducible(), note(triage.reproducibleNote()), triage.undisclosed(),
                note(triage.undisclosedNote()));
        timeline.record(c, viewer.username(), "triage-recorded", "security issue: " + answer(triage.securityIssue())
                + "; reproducible: " + answer(triage.reproducible()) + "; undisclosed: " + answer(triage.undisclosed()));
    }

    /** Accepts the report as a new vulnerability: only when all three criteria are met. */
    @Transactional
    void accept(String reference, CaseViewer viewer, String reply) {
        Case c = handled(reference, viewer);
        require(c, CaseState.INVESTIGATING);
        if (!c.triage().allMet()) {
            throw new CaseRuleViolation("case.accept-needs-criteria");
        }
        cases.update(c.id(), "state = 'investigating', triage_decided_at = ?, waiting_for_reporter_since = null",
                ts(clock.instant()));
        replies.send(cases.reportIds(c.id()), "accepted", reply, null, viewer.username(), "investigating");
        timeline.record(c, viewer.username(), "accepted", "triage -> investigating: a new vulnerability");
    }

    /** Asks the reporter for more information and pauses the triage clock until they answer. */
    @Transactional
    void requestInformation(String reference, CaseViewer viewer, String question) {
        Case c = handled(reference, viewer);
        if (c.state() != CaseState.ACKNOWLEDGED && c.state() != CaseState.TRIAGE) {
            throw new CaseRuleViolation("case.information-not-now", c.state().code());
        }
        if (question == null || question.isBlank()) {
            throw new CaseRuleViolation("case.message.required");
        }
        List<Long> reports = cases.reportIds(c.id());
        replies.send(reports.subList(0, 1), "need-more-information", question, null, viewer.username(), null);
        if (!c.waitingForReporter()) {
            cases.update(c.id(), "waiting_for_reporter_since = ?", ts(clock.instant()));
        }
        timeline.record(c, viewer.username(), "information-requested", "triage clock paused until the reporter answers");
    }

    /** One step forward on the path after acceptance (remediation, disclosure scheduled, published). */
    @Transactional
    void advance(String reference, CaseViewer viewer, CaseState target) {
        Case c = handled(reference, viewer);
        if (target.ordinal() <= CaseState.INVESTIGATING.ordinal() || target == CaseState.CLOSED) {
            throw new CaseRuleViolation("case.illegal-transition", c.state().code(), target.code());
        }
        require(c, target);
        if (target == CaseState.PUBLISHED) {
            cases.update(c.id(), "state = ?, published_at = ?", target.code(), ts(clock.instant()));
        } else {
            cases.update(c.id(), "state = ?", target.code());
        }
        replies.status(cases.reportIds(c.id()), target.code());
        timeline.record(c, viewer.username(), "state-changed", c.state().code() + " -> " + target.code());
    }

    @Transactional
    void setPublicationTarget(String reference, CaseViewer viewer, Instant target, String reason) {
        Case c = handled(reference, viewer);
        if (reason == null || reason.isBlank()) {
            throw new CaseRuleViolation("case.reason.required");
        }
        cases.update(c.id(), "publication_target = ?", ts(target));
        timeline.record(c, viewer.username(), "publication-target-changed", DisplayTime.JST.getId() + " "
                + c.publicationTarget() + " -> " + target + "; reason: " + reason.strip());
    }

    private static java.sql.Timestamp ts(Instant instant) {
        return java.sql.Timestamp.from(instant);
    }

    private static String note(String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }

    private static String answer(Boolean value) {
        return value == null ? "not yet" : value ? "yes" : "no";
    }
}
