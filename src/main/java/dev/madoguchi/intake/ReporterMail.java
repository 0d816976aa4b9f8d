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
 * E-mail to reporters about their report, in their language. Until it can be encrypted to them, a message carries
 * no detail of the vulnerability: only the tracking number, dates and the private link.
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

    /** The facts about a report that its e-mails use. */
    record Recipient(long reportId, String trackingNumber, String email, Language language, Instant acknowledgeBy) {

        static Recipient of(SubmittedReport report) {
            return new Recipient(report.id(), report.trackingNumber(), report.reporterEmail(),
                    Language.fromTag(report.language()).orElse(Language.EN), report.acknowledgeBy());
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

    /** There is a new message from PSIRT: the text stays on the status page, behind the reporter's private link. */
    void news(Recipient to) {
        queue(to, "report-news", "mail.news", to.trackingNumber(), "", time.jst(to.acknowledgeBy()),
                organization.name(to.language()));
    }

    private void queue(Recipient to, String category, String key, Object... args) {
        Locale locale = to.language().locale();
        outbox.queue(new OutgoingMail(to.email(), to.language(), category,
                messages.getMessage(key + ".subject", args, locale), messages.getMessage(key + ".body", args, locale),
                "report", Long.toString(to.reportId())));
    }
}
