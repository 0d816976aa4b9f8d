package dev.madoguchi.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.madoguchi.attachments.AttachmentInfo;
import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A report and its reporter's conversation with PSIRT, for the modules that work reports (cases): reading them,
 * replying to the reporter, and setting the state the reporter sees on the status page. Replies appear on the
 * status page; the reporter is told by e-mail that there is news, without the text (it may hold details of an
 * undisclosed vulnerability) unless the e-mail is encrypted to the reporter's key.
 */
@Component
public class ReporterThread {

    private final Reports reports;
    private final ReportConversation conversation;
    private final ReporterMail mail;
    private final AuditTrail audit;
    private final Clock clock;

    private final StatusLinks links;

    ReporterThread(Reports reports, ReportConversation conversation, ReporterMail mail, AuditTrail audit,
            Clock clock, StatusLinks links) {
        this.links = links;
        this.reports = reports;
        this.conversation = conversation;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<SubmittedReport> report(long reportId) {
        return reports.byId(reportId);
    }

    public List<ReportMessage> messages(long reportId) {
        return conversation.messages(reportId);
    }

    public List<AttachmentInfo> files(long reportId) {
        return conversation.reportFiles(reportId);
    }

    /** Whether a file belongs to this report (sent with it or in its conversation). */
    public boolean hasFile(long reportId, long attachmentId) {
        return reports.hasAttachment(reportId, attachmentId);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long replyFromPsirt(long reportId, String author, String body) {
        SubmittedReport report = reports.byId(reportId).orElseThrow();
        Instant now = clock.instant();
        long id = reports.insertMessage(reportId, "psirt", author, body.strip(), now);
        mail.news(ReporterMail.Recipient.of(report), body.strip());
        audit.record(AuditEntry.of("report.message-to-reporter", "report", reportId, "message " + id));
        return id;
    }

    /** Whether the reporter can still open their status page: a link not revoked, a report not withdrawn. */
    public boolean reachable(long reportId) {
        return reports.byId(reportId).filter(r -> !r.withdrawn()).isPresent() && links.active(reportId);
    }

    /** Tells the reporter by e-mail that their status page has news for them, without saying what. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void tellStatusPageNews(long reportId) {
        reports.byId(reportId).ifPresent(report -> mail.statusPageNews(ReporterMail.Recipient.of(report)));
    }

    /** The state the reporter sees ({@code status.state.<status>} in the intake messages). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void setStatus(long reportId, String status) {
        reports.updateStatus(reportId, status, clock.instant());
    }
}
