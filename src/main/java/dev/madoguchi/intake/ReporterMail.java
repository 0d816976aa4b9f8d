package dev.madoguchi.intake;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.madoguchi.mail.MailTemplate;
import dev.madoguchi.mail.MailTemplates;
import dev.madoguchi.mail.MailText;
import dev.madoguchi.mail.MailTexts;
import dev.madoguchi.mail.OutgoingMail;
import dev.madoguchi.mail.Outbox;
import dev.madoguchi.shared.DisplayTime;
import dev.madoguchi.shared.Language;
import dev.madoguchi.shared.Organization;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * E-mail to reporters about their report, in their language. Unencrypted, a message carries no detail of the
 * vulnerability: only the tracking number, dates and the private link. A reporter who gave an OpenPGP key gets every
 * message encrypted to it and signed by the PSIRT key (issue 9); news then carries the reply itself.
 */
@Component
class ReporterMail {

    /** The private link is a bearer credential: never in the subject, which is kept and shown in clear. */
    static final MailTemplate CONFIRMATION = new MailTemplate("mail.confirmation", "tracking", "link", "reply-by",
            "organization").bodyOnly("link");
    static final MailTemplate STATUS_LINK = new MailTemplate("mail.status-link", "tracking", "link", "reply-by",
            "organization").bodyOnly("link");
    /** The reply's text goes only into the encrypted body (issue 10: no vulnerability details unless encrypted). */
    static final MailTemplate NEWS = new MailTemplate("mail.news",
            List.of("tracking", MailTemplate.UNUSED, "reply-by", "organization", "reply"), Set.of("reply"));
    static final MailTemplate STATUS_NEWS = new MailTemplate("mail.status-news", "tracking", MailTemplate.UNUSED,
            "reply-by", "organization");

    private final Outbox outbox;
    private final MailTexts texts;
    private final Organization organization;
    private final DisplayTime time;

    ReporterMail(Outbox outbox, MailTexts texts, Organization organization, DisplayTime time) {
        this.outbox = outbox;
        this.texts = texts;
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
        queue(to, "report-confirmation", CONFIRMATION, to.trackingNumber(), statusUrl,
                time.jst(to.acknowledgeBy()), organization.name(to.language()));
    }

    void newStatusLink(Recipient to, String statusUrl) {
        queue(to, "report-status-link", STATUS_LINK, to.trackingNumber(), statusUrl,
                time.jst(to.acknowledgeBy()), organization.name(to.language()));
    }

    /**
     * There is a new message from PSIRT. Unencrypted, the text stays on the status page, behind the reporter's
     * private link; encrypted to the reporter's key, the message carries {@code reply} too.
     */
    void news(Recipient to, String reply) {
        queue(to, "report-news", NEWS, to.trackingNumber(), "", time.jst(to.acknowledgeBy()),
                organization.name(to.language()), reply);
    }

    /**
     * There is something on the status page for the reporter to see or answer (issue 10: a publication date
     * proposed or agreed). The mail only points to the page.
     */
    void statusPageNews(Recipient to) {
        queue(to, "report-status-news", STATUS_NEWS, to.trackingNumber(), "", time.jst(to.acknowledgeBy()),
                organization.name(to.language()));
    }

    /** Queues the template's body; when encrypted, its encrypted body if it has one. */
    private void queue(Recipient to, String category, MailTemplate template, Object... args) {
        MailText text = texts.compose(template, to.language(), args);
        outbox.queue(new OutgoingMail(to.email(), to.language(), category, text.subject(), text.body(), "report",
                Long.toString(to.reportId())).withRecipientKey(to.publicKey(), text.whenEncrypted()));
    }

    @Configuration(proxyBeanMethods = false)
    static class Templates {

        @Bean
        MailTemplates reporterMailTemplates() {
            return MailTemplates.of(CONFIRMATION, STATUS_LINK, NEWS, STATUS_NEWS);
        }
    }
}
