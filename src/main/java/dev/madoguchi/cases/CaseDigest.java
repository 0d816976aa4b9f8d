package dev.madoguchi.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.madoguchi.identity.StaffDirectory;
import dev.madoguchi.mail.MailTemplate;
import dev.madoguchi.mail.MailTemplates;
import dev.madoguchi.mail.MailText;
import dev.madoguchi.mail.MailTexts;
import dev.madoguchi.mail.OutgoingMail;
import dev.madoguchi.mail.Outbox;
import dev.madoguchi.shared.DisplayTime;
import dev.madoguchi.shared.Language;
import dev.madoguchi.shared.Organization;
import dev.madoguchi.shared.Role;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every morning (08:00 JST, on one node of the cluster) each PSIRT handler gets a digest of the overdue and
 * due-soon deadlines of their cases and of unassigned ones. It names cases by reference and deadline only: an
 * unencrypted e-mail carries no detail of an undisclosed vulnerability.
 */
@Component
class CaseDigest {

    /** {@code lines} are the {@code digest.line}s of the due cases, one a line. */
    static final MailTemplate DIGEST = new MailTemplate("digest", "count", "organization", "lines")
            .bodyOnly("lines");

    private final Cases cases;
    private final StaffDirectory staff;
    private final Outbox outbox;
    private final MailTexts texts;
    private final MessageSource messages;
    private final Organization organization;
    private final CaseProperties properties;
    private final DisplayTime time;
    private final Clock clock;

    CaseDigest(Cases cases, StaffDirectory staff, Outbox outbox, MailTexts texts, MessageSource messages,
            Organization organization, CaseProperties properties, DisplayTime time, Clock clock) {
        this.cases = cases;
        this.staff = staff;
        this.outbox = outbox;
        this.texts = texts;
        this.messages = messages;
        this.organization = organization;
        this.properties = properties;
        this.time = time;
        this.clock = clock;
    }

    /** Queues one digest per handler who has something due; returns how many were queued. */
    @Transactional
    int send() {
        Instant now = clock.instant();
        Instant soon = now.plus(properties.dueSoon());
        int queued = 0;
        for (StaffDirectory.StaffMember member : staff.withRole(Role.PSIRT)) {
            if (member.email() == null) {
                continue;
            }
            CaseViewer viewer = new CaseViewer(member.id(), member.username(), true, false, false, false);
            List<QueueEntry> due = cases.queue(new QueueFilter("open", null, null, null, false, 0, 500), viewer, now)
                    .stream()
                    .filter(e -> e.nextDeadline() != null && e.nextDeadline().isBefore(soon))
                    .filter(e -> e.handler() == null || e.handler().equals(member.username()))
                    .toList();
            if (due.isEmpty()) {
                continue;
            }
            Language language = member.language();
            Locale locale = language.locale();
            List<String> lines = new ArrayList<>();
            for (QueueEntry e : due) {
                lines.add(messages.getMessage("digest.line", new Object[] {e.reference(),
                        messages.getMessage("deadline." + e.deadlineKind(), null, locale), time.jst(e.nextDeadline()),
                        messages.getMessage(e.nextDeadline().isBefore(now) ? "clock.overdue" : "clock.due-soon", null,
                                locale),
                        e.handler() == null ? messages.getMessage("case.handler.none", null, locale) : e.handler()},
                        locale));
            }
            MailText text = texts.compose(DIGEST, language, due.size(), organization.name(language),
                    String.join("\n", lines));
            outbox.queue(new OutgoingMail(member.email(), language, "case-digest", text.subject(), text.body(),
                    "staff", Long.toString(member.id())));
            queued++;
        }
        return queued;
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        MailTemplates caseDigestMailTemplates() {
            return MailTemplates.of(DIGEST);
        }

        @Bean
        RecurringTask<Void> caseDigestTask(CaseDigest digest) {
            return Tasks.recurring("case-digest", Schedules.daily(DisplayTime.JST, LocalTime.of(8, 0)))
                    .execute((instance, context) -> digest.send());
        }
    }
}
