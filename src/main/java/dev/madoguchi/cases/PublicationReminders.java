package dev.madoguchi.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.madoguchi.identity.StaffDirectory;
import dev.madoguchi.shared.DisplayTime;
import dev.madoguchi.shared.SqlInstants;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds PSIRT (the case's handler) and the members of the case's divisions 7 and 2 days before an agreed
 * publication if the advisory is not approved yet (issue 10), so that it is approved in time. The advisories module
 * depends on this one, so it answers through {@link AdvisoryApproval}; without it (a module test) the reminder goes
 * whenever the date is near. Each reminder is recorded with its agreement and sent once, whichever node runs the
 * daily job (db-scheduler runs it on one) and however often it runs.
 */
@Component
class PublicationReminders {

    /** Days before the publication, the latest first: a date agreed 5 days ahead gets only the 2-day reminder. */
    static final List<Integer> DAYS_BEFORE = List.of(2, 7);

    private final Cases cases;
    private final CaseParticipants participants;
    private final PublicationNews news;
    private final StaffDirectory staff;
    private final CaseTimeline timeline;
    private final JdbcClient jdbc;
    private final DisplayTime time;
    private final Clock clock;
    private final ObjectProvider<AdvisoryApproval> approval;

    PublicationReminders(Cases cases, CaseParticipants participants, PublicationNews news,
            StaffDirectory staff, CaseTimeline timeline, JdbcClient jdbc, DisplayTime time, Clock clock,
            ObjectProvider<AdvisoryApproval> approval) {
        this.approval = approval;
        this.cases = cases;
        this.participants = participants;
        this.news = news;
        this.staff = staff;
        this.timeline = timeline;
        this.jdbc = jdbc;
        this.time = time;
        this.clock = clock;
    }

    /** Sends the reminders due now; returns how many agreements were reminded. */
    @Transactional
    int remind() {
        Instant now = clock.instant();
        record Due(long agreementId, long caseId, Instant publishAt) {
        }
        List<Due> due = jdbc.sql("""
                select id, case_id, publish_at from publication_agreement
                where superseded_at is null and withdrawn_at is null and publish_at > ? and publish_at <= ?""")
                .params(SqlInstants.toSql(now), SqlInstants.toSql(now.plus(Duration.ofDays(7))))
                .query((rs, n) -> new Due(rs.getLong("id"), rs.getLong("case_id"), SqlInstants.read(rs, "publish_at")))
                .list();
        int reminded = 0;
        for (Due d : due) {
            int days = DAYS_BEFORE.stream().filter(n -> !d.publishAt().isAfter(now.plus(Duration.ofDays(n))))
                    .findFirst().orElseThrow();
            // approved: nothing is recorded, not even on the timeline (it would repeat daily), so that an edit
            // withdrawing the approval before the date still brings this reminder, late rather than never
            if (approved(d.caseId())) {
                continue;
            }
            // the row is the once-only guard: a second run, here or on another node, inserts nothing
            int claimed = jdbc.sql("insert into publication_reminder (agreement_id, days_before, sent_at) "
                            + "values (?, ?, ?) on conflict do nothing")
                    .params(d.agreementId(), days, SqlInstants.toSql(now)).update();
            if (claimed == 0) {
                continue;
            }
            Case c = cases.byId(d.caseId()).orElseThrow();
            for (StaffDirectory.StaffMember member : recipients(c)) {
                news.mail(member, c, "publication-reminder", "proposal.mail.reminder", time.jst(d.publishAt()),
                        days);
            }
            timeline.recordAs(c, "system", "publication-reminder", days + " days before the publication "
                    + time.jst(d.publishAt()) + ": handler and divisions reminded to have the advisory approved");
            reminded++;
        }
        return reminded;
    }

    private boolean approved(long caseId) {
        AdvisoryApproval advisories = approval.getIfAvailable();
        return advisories != null && advisories.approvedFor(caseId);
    }

    private List<StaffDirectory.StaffMember> recipients(Case c) {
        Map<Long, StaffDirectory.StaffMember> members = new LinkedHashMap<>();
        news.psirt(c).forEach(m -> members.put(m.id(), m));
        for (Divisions.Division division : participants.of(c.id()).divisions()) {
            for (String username : division.members()) {
                staff.byUsername(username).ifPresent(m -> members.putIfAbsent(m.id(), m));
            }
        }
        return List.copyOf(members.values());
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        RecurringTask<Void> publicationReminderTask(PublicationReminders reminders) {
            return Tasks.recurring("publication-reminders", Schedules.daily(DisplayTime.JST, LocalTime.of(8, 30)))
                    .execute((instance, context) -> reminders.remind());
        }
    }
}
