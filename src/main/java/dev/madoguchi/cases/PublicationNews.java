package dev.madoguchi.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.madoguchi.identity.StaffDirectory;
import dev.madoguchi.intake.ReporterThread;
import dev.madoguchi.mail.MailTemplate;
import dev.madoguchi.mail.MailTemplates;
import dev.madoguchi.mail.MailText;
import dev.madoguchi.mail.MailTexts;
import dev.madoguchi.mail.OutgoingMail;
import dev.madoguchi.mail.Outbox;
import dev.madoguchi.shared.Organization;
import dev.madoguchi.shared.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Tells the parties of a publication date negotiation that something happened (issue 10): a proposal, a
 * counter-proposal, an agreement, a change. The mail is unencrypted, so it says only that there is news and where to
 * look (the case page, or for a reporter their status page): the date of an undisclosed vulnerability's advisory
 * stays behind a sign-in or the reporter's private link.
 */
@Component
class PublicationNews {

    /** The mails of the negotiation to staff, by bundle key; every one names the case, its page and the PSIRT. */
    static final List<MailTemplate> TEMPLATES = List.of(
            new MailTemplate("proposal.mail.proposed", "case", "link", "organization"),
            new MailTemplate("proposal.mail.counter-proposed", "case", "link", "organization"),
            new MailTemplate("proposal.mail.agreed", "case", "link", "organization"),
            new MailTemplate("proposal.mail.reopened", "case", "link", "organization"),
            new MailTemplate("proposal.mail.recorded", "case", "link", "organization"),
            new MailTemplate("proposal.mail.withdrawn", "case", "link", "organization"),
            new MailTemplate("proposal.mail.reminder", "case", "link", "organization", "publish-at", "days"));

    private final ReporterThread reporters;
    private final StaffDirectory staff;
    private final Outbox outbox;
    private final MailTexts texts;
    private final Organization organization;

    PublicationNews(ReporterThread reporters, StaffDirectory staff, Outbox outbox, MailTexts texts,
            Organization organization) {
        this.reporters = reporters;
        this.staff = staff;
        this.outbox = outbox;
        this.texts = texts;
        this.organization = organization;
    }

    /** Queues the news, in the act's transaction; {@code what} is proposed, counter-proposed, agreed or reopened. */
    void tell(Case c, List<ProposalParty> parties, String what) {
        Map<Long, StaffDirectory.StaffMember> staffTold = new LinkedHashMap<>();
        for (ProposalParty party : parties) {
            switch (party.kind()) {
                case "reporter" -> reporters.tellStatusPageNews(party.id());
                case "coordinator" -> staff.byId(party.id()).ifPresent(m -> staffTold.put(m.id(), m));
                default -> psirt(c).forEach(m -> staffTold.put(m.id(), m));
            }
        }
        for (StaffDirectory.StaffMember member : staffTold.values()) {
            mail(member, c, "publication-news", "proposal.mail." + what);
        }
    }

    /** PSIRT's voice on a case: its handler, or every handler while nobody is assigned. */
    List<StaffDirectory.StaffMember> psirt(Case c) {
        List<StaffDirectory.StaffMember> handlers = new ArrayList<>();
        if (c.handlerId() != null) {
            staff.byId(c.handlerId()).ifPresent(handlers::add);
        }
        if (handlers.isEmpty()) {
            handlers.addAll(staff.withRole(Role.PSIRT));
        }
        return handlers.stream().filter(StaffDirectory.StaffMember::active).toList();
    }

    /** A mail to a staff member naming the case and linking its page: the template {@code key}, args too. */
    void mail(StaffDirectory.StaffMember member, Case c, String category, String key, Object... more) {
        if (member.email() == null || !member.active()) {
            return;
        }
        List<Object> args = new ArrayList<>(List.of(c.reference(), organization.publicUrl() + "/cases/"
                + c.reference(), organization.name(member.language())));
        args.addAll(List.of(more));
        MailTemplate template = TEMPLATES.stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
        MailText text = texts.compose(template, member.language(), args.toArray());
        outbox.queue(new OutgoingMail(member.email(), member.language(), category, text.subject(), text.body(),
                "case", c.reference()));
    }

    @Configuration(proxyBeanMethods = false)
    static class Templates {

        @Bean
        MailTemplates publicationMailTemplates() {
            return new MailTemplates(TEMPLATES);
        }
    }
}
