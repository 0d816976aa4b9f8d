package dev.madoguchi.cases;

import java.time.Duration;

import dev.madoguchi.intake.ReportSubmitted;
import dev.madoguchi.intake.ReportWithdrawn;
import dev.madoguchi.intake.ReporterMessageReceived;
import dev.madoguchi.intake.ReporterThread;
import dev.madoguchi.intake.SubmittedReport;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Cases follow their reports, in the reports' own transactions: every accepted report opens a case in the state
 * {@code received} (there is never a report without a case); a reporter's answer resumes a triage clock paused for
 * it; a withdrawal is noted on the timeline for the handler to close the case.
 */
@Component
class CaseOpening {

    private final Cases cases;
    private final ReporterThread reports;
    private final CaseTimeline timeline;
    private final CaseProperties properties;

    CaseOpening(Cases cases, ReporterThread reports, CaseTimeline timeline, CaseProperties properties) {
        this.cases = cases;
        this.reports = reports;
        this.timeline = timeline;
        this.properties = properties;
    }

    @EventListener
    void on(ReportSubmitted submitted) {
        SubmittedReport report = reports.report(submitted.reportId()).orElseThrow();
        long caseId = cases.open(submitted.trackingNumber(), report.title(), submitted.receivedAt(),
                submitted.acknowledgeBy(), submitted.receivedAt().plus(Duration.ofDays(properties.publicationTargetDays())),
                String.join(" ", report.trackingNumber(), report.title(), report.product(), report.productVersion(),
                        report.vulnerabilityType(), report.stepsToReproduce(), report.impact()));
        cases.addReport(caseId, submitted.reportId(), submitted.receivedAt());
        cases.byId(caseId).ifPresent(c -> timeline.recordAs(c, "reporter:" + submitted.trackingNumber(), "opened",
                "report " + submitted.trackingNumber() + " received via " + submitted.channel()));
    }

    @EventListener
    void on(ReporterMessageReceived message) {
        cases.caseOfReport(message.reportId()).flatMap(cases::byId).ifPresent(c -> {
            reports.messages(message.reportId()).stream().filter(m -> m.id() == message.messageId()).findFirst()
                    .ifPresent(m -> cases.addSearchText(c.id(), m.body()));
            String actor = "reporter:" + reports.report(message.reportId()).orElseThrow().trackingNumber();
            if (c.waitingForReporter()) {
                Duration paused = Duration.between(c.waitingForReporterSince(), message.receivedAt());
                cases.update(c.id(), "waiting_for_reporter_since = null, triage_by = triage_by + ?::interval",
                        paused.getSeconds() + " seconds");
                timeline.recordAs(c, actor, "reporter-answered", "triage clock resumed after " + paused.toHours()
                        + " h; message " + message.messageId());
            } else {
                timeline.recordAs(c, actor, "reporter-wrote", "message " + message.messageId());
            }
        });
    }

    @EventListener
    void on(ReportWithdrawn withdrawn) {
        cases.caseOfReport(withdrawn.reportId()).flatMap(cases::byId).ifPresent(c -> timeline.recordAs(c,
                "reporter:" + withdrawn.trackingNumber(), "report-withdrawn",
                "report " + withdrawn.trackingNumber() + " withdrawn by the reporter"));
    }
}
