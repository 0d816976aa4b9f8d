package dev.madoguchi.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import dev.madoguchi.attachments.AttachmentInfo;
import dev.madoguchi.attachments.Attachments;
import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;
import dev.madoguchi.calendar.BusinessCalendar;
import dev.madoguchi.cwe.CweCatalog;
import dev.madoguchi.shared.DisplayTime;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepts a report: checks the rate limit and the rules, opens the OpenPGP messages it arrived as (issue 9), then
 * stores the report, its files, its status link, the confirmation e-mail and the audit record in one transaction, and
 * announces it ({@link ReportSubmitted}) so a case opens in the same transaction. Either all of it is stored or none.
 */
@Component
class ReportIntake {

    /** Where a submission came from, for the audit trail and the rate limit. */
    record Source(String channel, Long staffUserId, String clientAddress, String baseUrl) {
    }

    /** The channel of reports that came to the PSIRT mailbox; their "client address" is the sender's address. */
    static final String EMAIL = "email";

    private final Reports reports;
    private final TrackingNumbers trackingNumbers;
    private final StatusLinks statusLinks;
    private final SubmissionRateLimit rateLimit;
    private final Attachments attachments;
    private final ReporterMail mail;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final BusinessCalendar calendar;
    private final IntakeProperties properties;
    private final ReportRules rules;
    private final EncryptedParts encrypted;
    private final Clock clock;

    ReportIntake(Reports reports, TrackingNumbers trackingNumbers, StatusLinks statusLinks,
            SubmissionRateLimit rateLimit, Attachments attachments, ReporterMail mail, AuditTrail audit,
            ApplicationEventPublisher events, BusinessCalendar calendar, IntakeProperties properties, CweCatalog cwe,
            EncryptedParts encrypted, Clock clock) {
        this.reports = reports;
        this.trackingNumbers = trackingNumbers;
        this.statusLinks = statusLinks;
        this.rateLimit = rateLimit;
        this.attachments = attachments;
        this.mail = mail;
        this.audit = audit;
        this.events = events;
        this.calendar = calendar;
        this.properties = properties;
        this.rules = new ReportRules(cwe, new ReportRules.FileLimits(properties.maxFileSize().toBytes(),
                properties.maxReportSize().toBytes(), properties.maxFiles()));
        this.encrypted = encrypted;
        this.clock = clock;
    }

    ReportRules rules() {
        return rules;
    }

    /**
     * @throws TooManySubmissions when an anonymous client address has used up its hour
     * @throws ReportRejected     with every broken rule
     */
    @Transactional
    ReportReceipt submit(ReportDraft draft, Source source) {
        if (draft.submissionKey() != null) {
            var earlier = reports.bySubmissionKey(draft.submissionKey());
            if (earlier.isPresent()) {
                // the same submission again (a reload, a retried request): no second report, no second link
                return new ReportReceipt(earlier.get().id(), earlier.get().trackingNumber(), null, null,
                        earlier.get().acknowledgeBy(), List.of());
            }
        }
        if (source.staffUserId() == null) {
            rateLimit.tryAcquire("report:" + source.clientAddress(), properties.reportsPerHour(),
                    IntakeProperties.RATE_WINDOW).ifPresent(wait -> {
                        throw new TooManySubmissions(wait);
                    });
        }
        List<AttachmentInfo> kept = draft.keptFiles().stream().map(attachments::pending)
                .flatMap(java.util.Optional::stream).toList();
        Instant now = clock.instant();
        List<FieldProblem> problems = EMAIL.equals(source.channel()) ? rules.checkMail(draft)
                : rules.check(draft, kept.stream().map(AttachmentInfo::size).toList(), Date.from(now));
        if (!problems.isEmpty()) {
            throw new ReportRejected(problems);
        }
        // Kept files that are messages are opened like new ones; their pending copies expire unclaimed.
        List<UploadedFile> incoming = new ArrayList<>();
        List<AttachmentInfo> keptAsIs = new ArrayList<>();
        for (AttachmentInfo file : kept) {
            byte[] content = EncryptedParts.namedAsMessage(file.fileName()) ? attachments.read(file.id()).bytes()
                    : null;
            if (content != null && EncryptedParts.isMessage(file.fileName(), content)) {
                incoming.add(new UploadedFile(file.fileName(), file.contentType(), content));
            } else {
                keptAsIs.add(file);
            }
        }
        incoming.addAll(draft.files());
        // Decryption comes before anything is stored: the report holds the plaintext, or the message as received.
        EncryptedParts.Opened opened = encrypted.open(draft, incoming, properties.maxFileSize().toBytes());
        List<StoredFile> stored = new ArrayList<>();
        attachments.claim(keptAsIs.stream().map(AttachmentInfo::token).toList())
                .forEach(file -> stored.add(new StoredFile(file, null)));
        for (EncryptedParts.IncomingFile file : opened.files()) {
            stored.add(new StoredFile(attachments.store(file.file().fileName(), file.file().contentType(),
                    file.file().content()), file.note()));
        }
        Instant acknowledgeBy = calendar.addBusinessDays(now.atZone(DisplayTime.JST),
                properties.acknowledgeBusinessDays()).toInstant();
        String trackingNumber = trackingNumbers.next(now);
        long id = reports.insert(trackingNumber, now, acknowledgeBy, source.channel(), source.staffUserId(),
                opened.draft(), ReportRules.cweOf(draft.vulnerabilityType()).orElse(null), opened.text(),
                opened.needsAttention());
        for (StoredFile file : stored) {
            reports.linkAttachment(id, file.info().id(), null, file.note());
        }
        String token = statusLinks.issue(id);
        String statusUrl = statusUrl(source.baseUrl(), token);
        mail.confirmation(new ReporterMail.Recipient(id, trackingNumber, draft.reporterEmail().strip(),
                draft.language(), acknowledgeBy, ReportRules.blank(draft.pgpPublicKey()) ? null
                        : draft.pgpPublicKey().strip()), statusUrl);
        audit.record(AuditEntry.of("report.received", "report", id, "tracking number: " + trackingNumber
                + "; channel: " + source.channel() + "; files: " + stored.size() + encryptionSummary(opened)));
        events.publishEvent(new ReportSubmitted(id, trackingNumber, now, acknowledgeBy, source.channel()));
        return new ReportReceipt(id, trackingNumber, token, statusUrl, acknowledgeBy, opened.notes());
    }

    private record StoredFile(AttachmentInfo info, PgpNote note) {
    }

    /** For the audit trail: which keys opened what, and what could not be opened (never any content). */
    private static String encryptionSummary(EncryptedParts.Opened opened) {
        StringBuilder summary = new StringBuilder();
        for (PgpNote note : opened.notes()) {
            summary.append(summary.isEmpty() ? "; encrypted: " : ", ")
                    .append(note.aboutText() ? "text" : "file '" + note.fileName() + "'")
                    .append(note.openedWith() == null ? "" : " opened with " + note.openedWith())
                    .append(note.failed() ? " not opened (" + note.problem() + ")" : "");
        }
        return summary.toString();
    }

    /** Keeps the files of a submission that failed, so the form can offer them again without a new upload. */
    List<AttachmentInfo> keepFiles(ReportDraft draft) {
        List<AttachmentInfo> kept = new ArrayList<>(draft.keptFiles().stream().map(attachments::pending)
                .flatMap(java.util.Optional::stream).toList());
        long limit = properties.maxFileSize().toBytes();
        for (UploadedFile file : draft.files()) {
            if (file.size() > 0 && file.size() <= limit && kept.size() < properties.maxFiles()) {
                kept.add(attachments.keepPending(file.fileName(), file.contentType(), file.content()));
            }
        }
        return kept;
    }

    static String statusUrl(String baseUrl, String token) {
        return baseUrl.replaceAll("/+$", "") + "/r/" + token;
    }

    static List<UUID> tokens(List<AttachmentInfo> files) {
        return files.stream().map(AttachmentInfo::token).toList();
    }
}
