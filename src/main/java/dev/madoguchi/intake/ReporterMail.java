package dev.madoguchi.intake;

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

    void confirmation(SubmittedReport report, String statusUrl) {
        Language language = Language.fromTag(report.language()).orElse(Language.EN);
        queue(report, language, "report-confirmation", "mail.confirmation",
                report.trackingNumber(), statusUrl, time.jst(report.acknowledgeBy()), organization.name(language));
    }

    void newStatusLink(SubmittedReport report, String statusUrl) {
        Language language = Language.fromTag(report.language()).orElse(Language.EN);
        queue(report, language, "report-status-link", "mail.status-link",
                report.trackingNumber(), statusUrl, time.jst(report.acknowledgeBy()), organization.name(language));
    }

    private void queue(SubmittedReport report, Language language, String category, String key, Object... args) {
        Locale locale = language.locale();
        outbox.queue(new OutgoingMail(report.reporterEmail(), language, category,
                messages.getMessage(key + ".subject", args, locale), messages.getMessage(key + ".body", args, locale),
                "report", Long.toString(report.id())));
    }
}
