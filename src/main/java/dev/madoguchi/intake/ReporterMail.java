package dev.madoguchi.intake;

import java.time.Instant;
import java.util.Locale;

import dev.madoguchi.mail.OutgoingMail;
import dev.madoguchi.mail.Outbox;
import dev.madoguchi.shared.DisplayTime;
import dev.madoguchi.shared.Language;
import dev.madoguchi.shared.Organization;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * E-mail to reporters about their report, in their language. Unencrypted, a message carries no detail of the
 * vulnerability: only the tracking number, dates and the private link. A reporter who gave an OpenPGP key gets every
 * message encrypted to it and signed by the PSIRT key (issue 9); news then carries the reply itself.
 */
@Component
class ReporterMail {

    private final Outbox outbox;
    private final MessageSource messages;
    private final Organization organization;
    private final DisplayTime time;

    ReporterMail(Outbox outbox, MessageSource messages, Organization organization, DisplayTime time) {
        this.outbox = outbox;
        this.messages = messages;
        this.organization = organization;
        this.time = time;
    }

    /**
     * The facts about a report that its e-mails use.
     *
     * @param publicKey the reporter's armored OpenPGP public key, or {@code null}
     */
    record Recipient(long reportId, String trackingNumber, String email, Language language, Instant acknowledgeBy,
            String publicKey) {

        static Recipient of(SubmittedReport report) {
            return new Recipient(report.id(), report.trackingNumber(), report.reporterEmail(),
                    Language.fromTag(report.language()).orElse(Language.EN), report.acknowledgeBy(),
                    report.pgpPublicKey());
        }
    }

    void confirmation(Recipient to, String statusUrl) {
        queue(to, "report-confirmation", "mail.confirmation", to.trackingNumber(), statusUrl,
                time.jst(to.acknowledgeBy()), organization.name(to.language()));
    }

    void newStatusLink(Recipient to, String statusUrl) {
        queue(to, "report-status-link", "mail.status-link", to.trackingNumber(), statusUrl,
                time.jst(to.acknowledgeBy()), organization.name(to.language()));
    }

    /**
     * There is a new message from PSIRT. Unencrypted, the text stays on the status page, behind the reporter's
     * private link; encrypted to the reporter's key, the message carries {@code reply} too.
     */
    void news(Recipient to, String reply) {
        queue(to, "report-news", "mail.news", to.trackingNumber(), "", time.jst(to.acknowledgeBy()),
                organization.name(to.language()), reply);
    }

    /**
     * There is something on the status page for the reporter to see or answer (issue 10: a publication date
     * proposed or agreed). The mail only points to the page.
     */
    void statusPageNews(Recipient to) {
        queue(to, "report-status-news", "mail.status-news", to.trackingNumber(), "", time.jst(to.acknowledgeBy()),
                organization.name(to.language()));
    }

    /** Queues {@code key.body}; when encrypted, {@code key.encrypted-body} if the bundle has one. */
    private void queue(Recipient to, String category, String key, Object... args) {
        Locale locale = to.language().locale();
        String body = messages.getMessage(key + ".body", args, locale);
        String encrypted = messages.getMessage(key + ".encrypted-body", args, null, locale);
        outbox.queue(new OutgoingMail(to.email(), to.language(), category,
                messages.getMessage(key + ".subject", args, locale), body, "report", Long.toString(to.reportId()))
                .withRecipientKey(to.publicKey(), encrypted == null ? body : encrypted));
    }
}
