package dev.madoguchi.intake;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;
import dev.madoguchi.mail.MailReceived;
import dev.madoguchi.mail.ReceivedMail;
import dev.madoguchi.openpgp.PublicKeyCheck;
import dev.madoguchi.shared.Language;
import dev.madoguchi.shared.Organization;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Mail to the PSIRT mailbox (issue 10). A reply to our mail about a report joins that report's conversation, as if
 * the reporter had written on the status page, but only from the reporter's own address: anyone can write an
 * In-Reply-To header, and a stranger must not put words into a case. Mail that answers none of ours is filed as a new
 * report by the same path as the form (tracking number, acknowledgment, case, inline OpenPGP opened). A public key
 * attached to such a mail (RFC 3156 §7 {@code application/pgp-keys}, or any armored key block) is the reporter's key,
 * as if pasted into the form's field, so the acknowledgment and later mail go out encrypted to it. OpenPGP/MIME mail
 * (RFC 3156 §4) comes opened by the mail module: its decrypted text and files are filed, and the report notes the
 * PSIRT key that opened it, as for a message in the form; one that could not be opened is filed with its encrypted
 * part attached and why it was not opened.
 */
@Component
class MailIntake {

    static final String REPORT = "report";
    /** What the report's text says when it came as OpenPGP/MIME (RFC 3156) that the PSIRT keys could not open. */
    static final String PGP_MIME_NOTE = "This message arrived OpenPGP/MIME-encrypted (RFC 3156); its encrypted part "
            + "is attached. / このメールは OpenPGP/MIME で暗号化されて届きました。暗号化部分を添付しています。";

    private final ReportIntake intake;
    private final Reports reports;
    private final ReporterActions actions;
    private final AuditTrail audit;
    private final Organization organization;
    private final Clock clock;
    private final SubmissionRateLimit rateLimit;
    private final int reportsPerHour;
    private final MessageSource messages;

    MailIntake(ReportIntake intake, Reports reports, ReporterActions actions, AuditTrail audit,
            Organization organization, Clock clock, SubmissionRateLimit rateLimit,
            @Value("${madoguchi.mail.imap.reports-per-hour:60}") int reportsPerHour,
            MessageSource messages) {
        this.messages = messages;
        this.rateLimit = rateLimit;
        this.reportsPerHour = reportsPerHour;
        this.intake = intake;
        this.reports = reports;
        this.actions = actions;
        this.audit = audit;
        this.organization = organization;
        this.clock = clock;
    }

    /** After the other modules' listeners: a mail the cases module took or holds for a case is not filed as a report. */
    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void on(MailReceived received) {
        if (received.claimed()) {
            return;
        }
        ReceivedMail mail = received.mail();
        Optional<SubmittedReport> report = REPORT.equals(received.repliesToReferenceType())
                ? reportOf(received.repliesToReferenceId()) : Optional.empty();
        if (report.isPresent()) {
            if (reply(report.get(), mail)) {
                received.take();
            }
        } else if (!received.repliesToUs()) {
            // the per-sender limit of the form counts an address the mail's author chooses: all mail together is
            // capped too, so forged senders cannot file reports (and acknowledgments to others) without end; over
            // the cap the mail stays in the mailbox for a person
            rateLimit.tryAcquire("report:mail", reportsPerHour, IntakeProperties.RATE_WINDOW).ifPresent(wait -> {
                throw new TooManySubmissions(wait);
            });
            ReportReceipt receipt = intake.submit(draft(mail), new ReportIntake.Source(ReportIntake.EMAIL, null,
                    "mail:" + mail.from().toLowerCase(Locale.ROOT), organization.publicUrl()));
            noteEncryption(receipt.reportId(), mail);
            received.take();
        }
        // a reply to our mail about something else (an advisory, a coordinator) is for the module that sent it
    }

    private Optional<SubmittedReport> reportOf(String id) {
        try {
            return reports.byId(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Adds the reply to the reporter's conversation; false when it is not the reporter's, left for a person. */
    private boolean reply(SubmittedReport report, ReceivedMail mail) {
        String reporter = report.reporterEmail() == null ? "" : report.reporterEmail().strip();
        if (mail.from().isBlank() || reporter.isEmpty() || !mail.from().equalsIgnoreCase(reporter)
                || report.withdrawn()) {
            audit.recordAs("mail:" + mail.from(), AuditEntry.of("report.mail-not-from-reporter", REPORT,
                    report.id(), "message " + mail.messageId() + " not added: "
                            + (report.withdrawn() ? "the report is withdrawn" : "the sender is not the reporter")
                            + "; left in the mailbox for a person"));
            return false;
        }
        ReceivedMail.Encryption encryption = mail.encryption();
        // a message has no note of its own: why it was not opened is in its text, the key that opened it in the audit
        String body = encryption.unopened() ? PGP_MIME_NOTE + "\n" + reason(encryption.problem())
                : ReportRules.blank(mail.text()) ? mail.subject() : mail.text();
        actions.write(report, ReportRules.blank(body) ? "-" : body, files(mail));
        if (encryption.unopened()) {
            // as for a report that arrived so: PSIRT's attention list shows a part nobody could read yet
            reports.flagForAttention(report.id());
        }
        auditEncryption(report.id(), mail);
        return true;
    }

    /**
     * The report's text arrived encrypted as a whole: noted as for a message in the form's text (issue 9), unless an
     * inline message inside it was noted already. One not opened asks for PSIRT's attention, its part kept attached.
     */
    private void noteEncryption(long reportId, ReceivedMail mail) {
        ReceivedMail.Encryption encryption = mail.encryption();
        if (encryption.pgpMime()) {
            reports.noteTextEncryption(reportId, encryption.openedWith(), encryption.problem());
        }
        auditEncryption(reportId, mail);
    }

    /** Which key opened the mail, or why none did; never its content. */
    private void auditEncryption(long reportId, ReceivedMail mail) {
        ReceivedMail.Encryption encryption = mail.encryption();
        if (encryption.pgpMime()) {
            audit.recordAs("mail:" + mail.from(), AuditEntry.of("report.mail-pgp-mime", REPORT, reportId,
                    "message " + mail.messageId() + " arrived OpenPGP/MIME-encrypted: " + (encryption.opened()
                            ? "opened with " + encryption.openedWith() : "not opened (" + encryption.problem() + ")")));
        }
    }

    /** Why a message was not opened, in both languages: the reporter reads the conversation too. */
    private String reason(String problem) {
        return messages.getMessage(problem, null, problem, Locale.ENGLISH) + " / "
                + messages.getMessage(problem, null, problem, Locale.JAPANESE);
    }

    private ReportDraft draft(ReceivedMail mail) {
        String title = mail.subject().isBlank() ? "(no subject / 件名なし)" : mail.subject();
        if (title.codePointCount(0, title.length()) > ReportRules.MAX_SHORT) {
            title = title.substring(0, title.offsetByCodePoints(0, ReportRules.MAX_SHORT - 1)) + "…";
        }
        String steps = mail.encryption().unopened() ? PGP_MIME_NOTE : mail.text();
        Language language = japanese(mail.subject() + mail.text()) ? Language.JA : Language.EN;
        Optional<ReceivedMail.Attachment> key = mail.attachments().stream().filter(this::usableKey).findFirst();
        List<ReceivedMail.Attachment> rest = new ArrayList<>(mail.attachments());
        key.ifPresent(rest::remove);
        return new ReportDraft(null, "", "", "", title, steps, "", "", null, false, false, null, false, mail.from(),
                mail.from(), null, false, false, null, key.map(MailIntake::text).orElse(null), language, true,
                files(rest), List.of());
    }

    /**
     * Whether the file is an armored public key that {@link PublicKeyCheck} accepts. One it refuses (expired,
     * revoked, not a key) stays an ordinary attachment for the coordinator to see, and the report goes on without.
     */
    private boolean usableKey(ReceivedMail.Attachment file) {
        if (file.content().length > PublicKeyCheck.MAX_ARMORED_LENGTH) {
            return false;
        }
        boolean declared = file.contentType() != null
                && file.contentType().toLowerCase(Locale.ROOT).startsWith("application/pgp-keys");
        String text = text(file);
        return (declared || text.contains("-----BEGIN PGP PUBLIC KEY BLOCK-----"))
                && PublicKeyCheck.check(text, Date.from(clock.instant())).isEmpty();
    }

    private static String text(ReceivedMail.Attachment file) {
        return new String(file.content(), StandardCharsets.UTF_8).strip();
    }

    private static List<UploadedFile> files(ReceivedMail mail) {
        return files(mail.attachments());
    }

    private static List<UploadedFile> files(List<ReceivedMail.Attachment> attachments) {
        return attachments.stream().map(a -> new UploadedFile(a.fileName(), a.contentType(), a.content()))
                .toList();
    }

    /** Whether the text has kana or kanji: the reporter then gets their mail in Japanese. */
    static boolean japanese(String text) {
        return text.codePoints().anyMatch(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                    || script == Character.UnicodeScript.HAN;
        });
    }
}
