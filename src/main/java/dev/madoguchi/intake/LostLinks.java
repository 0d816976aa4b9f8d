package dev.madoguchi.intake;

import java.util.Optional;

import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Lost your link?": given the e-mail address and tracking number of a report, a new private link is sent to that
 * address and the old ones stop working. The answer is the same whether or not the pair exists, and requests are
 * limited per client address, so the form reveals nothing about who reported what.
 */
@Component
class LostLinks {

    private final Reports reports;
    private final StatusLinks links;
    private final ReporterMail mail;
    private final SubmissionRateLimit rateLimit;
    private final IntakeProperties properties;
    private final AuditTrail audit;

    LostLinks(Reports reports, StatusLinks links, ReporterMail mail, SubmissionRateLimit rateLimit,
            IntakeProperties properties, AuditTrail audit) {
        this.reports = reports;
        this.links = links;
        this.mail = mail;
        this.rateLimit = rateLimit;
        this.properties = properties;
        this.audit = audit;
    }

    /** @throws TooManySubmissions when the client address asked too often this hour */
    @Transactional
    void request(String email, String trackingNumber, String clientAddress, String baseUrl) {
        rateLimit.tryAcquire("lost-link:" + clientAddress, properties.lostLinkRequestsPerHour(),
                IntakeProperties.RATE_WINDOW).ifPresent(wait -> {
                    throw new TooManySubmissions(wait);
                });
        if (ReportRules.blank(email) || ReportRules.blank(trackingNumber) || email.length() > ReportRules.MAX_EMAIL
                || trackingNumber.length() > 40) {
            return;
        }
        Optional<SubmittedReport> report = reports.idByTrackingNumberAndEmail(trackingNumber, email)
                .flatMap(reports::byId);
        report.ifPresent(r -> {
            links.revokeAll(r.id());
            String token = links.issue(r.id());
            mail.newStatusLink(ReporterMail.Recipient.of(r), ReportIntake.statusUrl(baseUrl, token));
            audit.recordAs("reporter:" + r.trackingNumber(), AuditEntry.of("report.status-link-reissued", "report",
                    r.id(), "earlier links revoked; new link sent to the reporter's address"));
        });
    }
}
