package dev.madoguchi.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.madoguchi.attachments.AttachmentInfo;
import dev.madoguchi.attachments.Attachments;
import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a reporter can do with their private link: write to PSIRT (with files), change how they want to be credited,
 * and withdraw the report. Audited as {@code reporter:<tracking number>}.
 */
@Component
class ReporterActions {

    static final int MAX_MESSAGE = 20_000;

    private final Reports reports;
    private final Attachments attachments;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final IntakeProperties properties;
    private final EncryptedParts encrypted;
    private final Clock clock;

    ReporterActions(Reports reports, Attachments attachments, AuditTrail audit, ApplicationEventPublisher events,
            IntakeProperties properties, EncryptedParts encrypted, Clock clock) {
        this.encrypted = encrypted;
        this.reports = reports;
        this.attachments = attachments;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    void write(SubmittedReport report, String body, List<UploadedFile> files) {
        List<FieldProblem> problems = new ArrayList<>();
        if (report.withdrawn()) {
            problems.add(FieldProblem.of("body", "status.withdrawn-already"));
        }
        if (ReportRules.blank(body)) {
            problems.add(FieldProblem.of("body", "report.field.required"));
        } else if (body.strip().length() > MAX_MESSAGE) {
            problems.add(FieldProblem.of("body", "report.field.too-long", MAX_MESSAGE));
        }
        if (files.size() > properties.maxFiles()) {
            problems.add(FieldProblem.of("files", "report.files.too-many", properties.maxFiles()));
        }
        long total = 0;
        for (UploadedFile file : files) {
            total += file.size();
            if (file.size() > properties.maxFileSize().toBytes()) {
                problems.add(FieldProblem.of("files", "report.files.too-large", file.fileName(),
                        ReportRules.human(properties.maxFileSize().toBytes())));
            }
        }
        if (total > properties.maxReportSize().toBytes()) {
            problems.add(FieldProblem.of("files", "report.files.total-too-large",
                    ReportRules.human(properties.maxReportSize().toBytes())));
        }
        if (!problems.isEmpty()) {
            throw new ReportRejected(problems);
        }
        Instant now = clock.instant();
        // a message encrypted to our key, pasted or attached, is opened as the report's were (issue 9); one that
        // cannot be opened is kept as it came and the report asks for PSIRT's attention
        EncryptedParts.OpenedReply opened = encrypted.openReply(body.strip(), MAX_MESSAGE, files,
                properties.maxFileSize().toBytes());
        long messageId = reports.insertMessage(report.id(), "reporter", null, opened.text().strip(), now);
        for (EncryptedParts.IncomingFile incoming : opened.files()) {
            UploadedFile file = incoming.file();
            AttachmentInfo stored = attachments.store(file.fileName(), file.contentType(), file.content());
            reports.linkAttachment(report.id(), stored.id(), messageId, incoming.note());
        }
        if (opened.needsAttention()) {
            reports.flagForAttention(report.id());
        }
        String pgp = opened.summary();
        audit.recordAs(actor(report), AuditEntry.of("report.message-from-reporter", "report", report.id(),
                "message " + messageId + "; files: " + files.size() + (pgp.isEmpty() ? "" : "; OpenPGP: " + pgp)));
        events.publishEvent(new ReporterMessageReceived(report.id(), messageId, now));
    }

    @Transactional
    void changeCredit(SubmittedReport report, boolean wanted, String name) {
        // A withdrawn report is never acknowledged, so no name may be given for it; taking consent back stays
        // possible because the name is personal data the reporter may always ask us to drop.
        if (wanted && report.withdrawn()) {
            throw new ReportRejected(List.of(FieldProblem.of("credit.name", "status.withdrawn-already")));
        }
        if (wanted && (ReportRules.blank(name) || name.strip().length() > ReportRules.MAX_SHORT)) {
            throw new ReportRejected(List.of(ReportRules.blank(name) ? FieldProblem.of("credit.name",
                    "report.field.required") : FieldProblem.of("credit.name", "report.field.too-long",
                    ReportRules.MAX_SHORT)));
        }
        String kept = wanted ? name.strip() : null;
        reports.updateCredit(report.id(), wanted, kept);
        audit.recordAs(actor(report), AuditEntry.of("report.credit-changed", "report", report.id(),
                "credit: " + (report.creditWanted() ? "'" + report.creditName() + "'" : "none") + " -> "
                        + (wanted ? "'" + kept + "'" : "none")));
    }

    @Transactional
    void withdraw(SubmittedReport report) {
        if (report.withdrawn()) {
            return;
        }
        Instant now = clock.instant();
        reports.withdraw(report.id(), now);
        audit.recordAs(actor(report), AuditEntry.of("report.withdrawn", "report", report.id(), "by the reporter"));
        events.publishEvent(new ReportWithdrawn(report.id(), report.trackingNumber(), now));
    }

    private static String actor(SubmittedReport report) {
        return "reporter:" + report.trackingNumber();
    }
}
