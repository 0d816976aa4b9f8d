package dev.madoguchi.initiatives;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.madoguchi.identity.StaffDirectory;
import dev.madoguchi.mail.MailTemplate;
import dev.madoguchi.mail.MailTemplates;
import dev.madoguchi.mail.MailText;
import dev.madoguchi.mail.MailTexts;
import dev.madoguchi.mail.Outbox;
import dev.madoguchi.mail.OutgoingMail;
import dev.madoguchi.shared.DisplayTime;
import dev.madoguchi.shared.Organization;
import dev.madoguchi.shared.SqlInstants;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows outbound reports up (issue 10: they have "their own queue and deadlines"): each morning the finder and
 * whoever acted on a report last are told when a vendor has not replied by the reply-by date, when the disclosure
 * target is a week away, and when it has passed, so that a report does not sit forgotten in the queue. The mail is
 * unencrypted and names only the report's number and page: the vulnerability is another vendor's and undisclosed.
 */
@Component
class InitiativeReminders {

    /** How long before the disclosure target the first reminder goes. */
    static final int DAYS_BEFORE_TARGET = 7;
    /** One mail per kind of deadline, each editable by the administrator (issue 10). */
    static final Map<String, MailTemplate> TEMPLATES = Stream.of("reply-overdue", "disclosure-near",
            "disclosure-passed").collect(java.util.stream.Collectors.toUnmodifiableMap(kind -> kind,
            kind -> new MailTemplate("initiatives.mail." + kind, "report", "link", "deadline", "organization")));

    private final Initiatives initiatives;
    private final StaffDirectory staff;
    private final Outbox outbox;
    private final MailTexts texts;
    private final Organization organization;
    private final JdbcClient jdbc;
    private final Clock clock;

    InitiativeReminders(Initiatives initiatives, StaffDirectory staff, Outbox outbox, MailTexts texts,
            Organization organization, JdbcClient jdbc, Clock clock) {
        this.initiatives = initiatives;
        this.staff = staff;
        this.outbox = outbox;
        this.texts = texts;
        this.organization = organization;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A deadline that calls for a reminder today. */
    record Due(String kind, LocalDate deadline) {
    }

    /** What is due for a report on {@code today}: at most one reminder per deadline. */
    static List<Due> due(OutboundReport report, LocalDate today) {
        if (report.state().closed() || report.state() == InitiativeState.DRAFT) {
            return List.of();
        }
        List<Due> due = new ArrayList<>();
        if (report.state() == InitiativeState.SENT && report.replyBy() != null && report.replyBy().isBefore(today)) {
            due.add(new Due("reply-overdue", report.replyBy()));
        }
        LocalDate target = report.disclosureTarget();
        if (target != null && target.isBefore(today)) {
            due.add(new Due("disclosure-passed", target));
        } else if (target != null && !today.isBefore(target.minusDays(DAYS_BEFORE_TARGET))) {
            due.add(new Due("disclosure-near", target));
        }
        return due;
    }

    /** Sends the reminders due now; returns how many were sent (each to one or two people). */
    @Transactional
    int remind() {
        LocalDate today = initiatives.today();
        int sent = 0;
        for (OutboundReport report : initiatives.queue()) {
            for (Due d : due(report, today)) {
                int claimed = jdbc.sql("insert into outbound_report_reminder (report_id, kind, deadline, sent_at) "
                                + "values (?, ?, ?, ?) on conflict do nothing")
                        .params(report.id(), d.kind(), d.deadline(), SqlInstants.toSql(clock.instant())).update();
                if (claimed == 0) {
                    continue;
                }
                recipients(report).forEach(member -> mail(member, report, d));
                sent++;
            }
        }
        return sent;
    }

    private List<StaffDirectory.StaffMember> recipients(OutboundReport report) {
        Map<Long, StaffDirectory.StaffMember> members = new LinkedHashMap<>();
        for (String username : List.of(report.finder(), lastActor(report.id()))) {
            staff.byUsername(username).filter(StaffDirectory.StaffMember::active)
                    .filter(m -> m.email() != null).ifPresent(m -> members.putIfAbsent(m.id(), m));
        }
        return List.copyOf(members.values());
    }

    private String lastActor(long reportId) {
        return Optional.ofNullable(jdbc.sql("select updated_by from outbound_report where id = ?").param(reportId)
                .query(String.class).single()).orElse("");
    }

    private void mail(StaffDirectory.StaffMember member, OutboundReport report, Due due) {
        MailText text = texts.compose(TEMPLATES.get(due.kind()), member.language(), "#" + report.id(),
                organization.publicUrl() + "/initiatives/" + report.id(), due.deadline().toString(),
                organization.name(member.language()));
        outbox.queue(new OutgoingMail(member.email(), member.language(), "initiative-reminder", text.subject(),
                text.body(), "outbound-report", Long.toString(report.id())));
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        RecurringTask<Void> initiativeReminderTask(InitiativeReminders reminders) {
            // db-scheduler runs a recurring task on one node at a time; the reminder rows make a rerun harmless
            return Tasks.recurring("initiative-reminders", Schedules.daily(DisplayTime.JST, LocalTime.of(8, 15)))
                    .execute((instance, context) -> reminders.remind());
        }

        @Bean
        MailTemplates initiativeMailTemplates() {
            return new MailTemplates(List.copyOf(new java.util.TreeMap<>(TEMPLATES).values()));
        }
    }
}
