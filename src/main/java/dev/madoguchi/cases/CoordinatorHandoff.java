package dev.madoguchi.cases;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.madoguchi.coordinators.CoordinatorOrganization;
import dev.madoguchi.mail.MailTemplate;
import dev.madoguchi.mail.MailTemplates;
import dev.madoguchi.mail.MailText;
import dev.madoguchi.mail.MailTexts;
import dev.madoguchi.mail.Outbox;
import dev.madoguchi.mail.OutgoingMail;
import dev.madoguchi.openpgp.PublicKeyCheck;
import dev.madoguchi.shared.DisplayTime;
import dev.madoguchi.shared.Language;
import dev.madoguchi.shared.Organization;
import dev.madoguchi.shared.SqlInstants;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handing a case to a coordinator organization (issue 10): the message is composed in the organization's language,
 * shown to the handler for review, then queued to each of its addresses. The details go only encrypted to the
 * organization's key (OpenPGP issue: no undisclosed vulnerability detail in clear e-mail); an organization without a
 * usable key gets only a neutral "there is news, please contact us", and the handler is told so. The details state
 * what the investigation found (summary, CWE, CVSS, CVE ID, affected products, fixes and workarounds) as
 * {@link DisclosureFacts} gives it.
 */
@Component
class CoordinatorHandoff {

    static final String CATEGORY = "coordinator-handoff";
    /**
     * The administrator may word the hand-off (issue 10: templates editable by ADMIN); the case's details go only in
     * the encrypted body.
     */
    static final MailTemplate TEMPLATE = new MailTemplate("case.handoff.mail",
            List.of("organization", "us", "case", "contact", "details"), Set.of("details"));

    /** The message as it will go out; {@code detailed} says whether the details go (encrypted) or only the notice. */
    record Handoff(CoordinatorOrganization organization, List<String> recipients, Language language, String subject,
            String details, String notice, boolean detailed) {

        /** The text the organization will read. */
        public String body() {
            return detailed ? details : notice;
        }
    }

    private final CoordinatorReferences references;
    private final PublicationAgreements agreements;
    private final PublicationProposals proposals;
    private final CaseTimeline timeline;
    private final Outbox outbox;
    private final Organization us;
    private final MessageSource messages;
    private final MailTexts texts;
    private final DisplayTime time;
    private final Clock clock;
    private final ObjectProvider<DisclosureFacts> facts;
    private final JdbcClient jdbc;

    CoordinatorHandoff(CoordinatorReferences references, PublicationAgreements agreements,
            PublicationProposals proposals, CaseTimeline timeline, Outbox outbox, Organization us,
            MessageSource messages, MailTexts texts, DisplayTime time, Clock clock,
            ObjectProvider<DisclosureFacts> facts, JdbcClient jdbc) {
        this.facts = facts;
        this.jdbc = jdbc;
        this.references = references;
        this.agreements = agreements;
        this.proposals = proposals;
        this.timeline = timeline;
        this.outbox = outbox;
        this.us = us;
        this.messages = messages;
        this.texts = texts;
        this.time = time;
        this.clock = clock;
    }

    /** The hand-off for review; a refusal when the organization has no address to write to. */
    Handoff compose(String reference, CaseViewer viewer, long organizationId) {
        Case c = references.handled(reference, viewer);
        return compose(c, references.organization(organizationId));
    }

    /** Queues the hand-off to every address of the organization and records it on the case. */
    @Transactional
    Handoff send(String reference, CaseViewer viewer, long organizationId) {
        Case c = references.handled(reference, viewer);
        Handoff handoff = compose(c, references.organization(organizationId));
        for (String recipient : handoff.recipients()) {
            OutgoingMail mail = new OutgoingMail(recipient, handoff.language(), CATEGORY, handoff.subject(),
                    handoff.notice(), "case", c.reference());
            // the plain body, sent should the key become unusable before delivery, is the neutral notice
            outbox.queue(handoff.detailed()
                    ? mail.withRecipientKey(handoff.organization().publicKey(), handoff.details()) : mail);
        }
        jdbc.sql("insert into case_handoff (case_id, organization_id, recipients, detailed, sent_by, sent_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(c.id(), handoff.organization().id(), String.join(", ", handoff.recipients()),
                        handoff.detailed(), viewer.username(), SqlInstants.toSql(clock.instant()))
                .update();
        timeline.record(c, viewer.username(), CATEGORY, handoff.organization().shortName() + " ("
                + String.join(", ", handoff.recipients()) + "): "
                + (handoff.detailed() ? "details sent encrypted to its key" : "notice only, no usable key"));
        return handoff;
    }

    private Handoff compose(Case c, CoordinatorOrganization organization) {
        if (!organization.hasContact()) {
            throw new CaseRuleViolation("case.handoff.no-contact", organization.shortName());
        }
        Language language = organization.language();
        Locale locale = language.locale();
        boolean usableKey = organization.hasKey()
                && PublicKeyCheck.check(organization.publicKey(), Date.from(clock.instant())).isEmpty();
        List<String> lines = new ArrayList<>();
        lines.add(text("case.handoff.mail.case", locale, c.reference(), c.title()));
        references.of(c.id()).stream().filter(r -> r.organizationId() == organization.id()).findFirst()
                .ifPresent(r -> lines.add(text("case.handoff.mail.their-references", locale,
                        String.join(" ", java.util.stream.Stream.of(r.caseNumber(), r.jvnId(), r.jvnvuId())
                                .filter(java.util.Objects::nonNull).toList()))));
        lines.add(publication(c, locale));
        facts.ifAvailable(f -> findings(f.of(c.id(), language), locale, lines));
        MailText text = texts.compose(TEMPLATE, language, organization.name(language), us.name(language),
                c.reference(), us.psirtEmail(), String.join("\n", lines));
        return new Handoff(organization, organization.emails(), language, text.subject(), text.encryptedBody(),
                text.body(), usableKey);
    }

    /** The agreed publication date, else the one proposed, else that none is set yet. */
    private String publication(Case c, Locale locale) {
        return agreements.current(c.id())
                .map(a -> text("case.handoff.mail.agreed", locale, time.jst(a.agreement().publishAt())))
                .or(() -> proposals.open(c.id())
                        .map(p -> text("case.handoff.mail.proposed", locale, time.jst(p.publishAt()))))
                .orElseGet(() -> text("case.handoff.mail.no-date", locale));
    }

    /** Each vulnerability with its scores, affected versions and remedies, in the organization's language. */
    private void findings(List<DisclosureFacts.DisclosedVulnerability> found, Locale locale, List<String> lines) {
        lines.add("");
        if (found.isEmpty()) {
            lines.add(text("case.handoff.mail.no-vulnerabilities", locale));
            return;
        }
        for (DisclosureFacts.DisclosedVulnerability v : found) {
            lines.add("");
            lines.add(text("case.handoff.mail.vulnerability", locale, v.label(), v.title()));
            lines.add("  " + (v.cveId() == null ? text("case.handoff.mail.no-cve", locale)
                    : text("case.handoff.mail.cve", locale, v.cveId())));
            if (v.upstreamCve() != null) {
                lines.add("  " + text("case.handoff.mail.upstream-cve", locale, v.upstreamCve()));
            }
            lines.add("  " + text("case.handoff.mail.cwe", locale,
                    v.cwe() == null ? text("case.handoff.mail.none", locale) : v.cwe()));
            for (DisclosureFacts.Score s : v.scores()) {
                lines.add("  " + text("case.handoff.mail.cvss", locale, s.version(),
                        String.format(Locale.ROOT, "%.1f", s.baseScore()), s.severity(), s.vector()));
            }
            if (!v.description().isBlank()) {
                lines.add("  " + text("case.handoff.mail.description", locale));
                v.description().lines().forEach(l -> lines.add("    " + l));
            }
            lines.add("  " + text("case.handoff.mail.affected", locale));
            if (v.affected().isEmpty()) {
                lines.add("    " + text("case.handoff.mail.none", locale));
            }
            for (DisclosureFacts.AffectedVersions a : v.affected()) {
                lines.add("    - " + text("case.handoff.mail.product", locale, a.product(),
                        "*".equals(a.range()) ? text("case.handoff.mail.all-versions", locale) : a.range(),
                        text("case.handoff.mail.status." + a.status(), locale)));
            }
            if (!v.remedies().isEmpty()) {
                lines.add("  " + text("case.handoff.mail.remedies", locale));
            }
            for (DisclosureFacts.Remedy r : v.remedies()) {
                lines.add("    - " + text("case.handoff.mail.remedy", locale,
                        text("case.handoff.mail.remedy." + r.category(), locale), String.join(", ", r.products()),
                        r.details()));
                if (r.fixedVersion() != null) {
                    lines.add("      " + text("case.handoff.mail.fixed-version", locale, r.fixedVersion()));
                }
                if (r.url() != null) {
                    lines.add("      " + r.url());
                }
            }
        }
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    @Configuration(proxyBeanMethods = false)
    static class Templates {

        @Bean
        MailTemplates handoffMailTemplates() {
            return MailTemplates.of(TEMPLATE);
        }
    }
}
