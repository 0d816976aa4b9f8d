package dev.madoguchi.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.madoguchi.attachments.AttachmentContent;
import dev.madoguchi.attachments.Attachments;
import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;
import dev.madoguchi.identity.StaffPrincipal;
import dev.madoguchi.shared.NotFoundException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff reading reports. Every opening of a report and every download is audited, and what a person may not see is
 * answered exactly like what does not exist.
 */
@Component
class ReportReading {

    static final int PAGE_SIZE = 50;

    private final Reports reports;
    private final Attachments attachments;
    private final AuditTrail audit;

    ReportReading(Reports reports, Attachments attachments, AuditTrail audit) {
        this.reports = reports;
        this.attachments = attachments;
        this.audit = audit;
    }

    List<InboxEntry> inbox(StaffPrincipal viewer, Instant before, Long beforeId) {
        return reports.inbox(ReportViewer.of(viewer), before, beforeId, PAGE_SIZE);
    }

    @Transactional
    SubmittedReport open(StaffPrincipal viewer, String trackingNumber) {
        SubmittedReport report = find(viewer, trackingNumber).orElseThrow(() -> new NotFoundException("report"));
        audit.record(AuditEntry.of("report.viewed", "report", report.id(), "tracking number: " + trackingNumber));
        return report;
    }

    @Transactional
    AttachmentContent download(StaffPrincipal viewer, String trackingNumber, long attachmentId) {
        SubmittedReport report = find(viewer, trackingNumber).orElseThrow(() -> new NotFoundException("report"));
        if (!reports.hasAttachment(report.id(), attachmentId)) {
            throw new NotFoundException("attachment");
        }
        AttachmentContent content = attachments.read(attachmentId);
        audit.record(AuditEntry.of("report.attachment-downloaded", "report", report.id(),
                "attachment " + attachmentId + " '" + content.info().fileName() + "' sha256 " + content.info().sha256()));
        return content;
    }

    private Optional<SubmittedReport> find(StaffPrincipal viewer, String trackingNumber) {
        return reports.byTrackingNumber(trackingNumber, ReportViewer.of(viewer));
    }
}
