package dev.madoguchi.openpgp;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.madoguchi.identity.StaffDirectory;
import dev.madoguchi.mail.OutgoingMail;
import dev.madoguchi.mail.Outbox;
import dev.madoguchi.shared.DisplayTime;
import dev.madoguchi.shared.Language;
import dev.madoguchi.shared.Organization;
import dev.madoguchi.shared.Role;
import dev.madoguchi.shared.SqlInstants;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 9's expiry watch: every morning (09:00 JST, on one node of the cluster) from {@value KeyExpiry#WARN_FROM_DAYS}
 * days before the current key expires, and every day once it has expired, each ADMIN and PSIRT member gets an e-mail
 * saying so (NEC's published key expired unnoticed; that must not happen silently). The day is recorded in
 * {@code openpgp_expiry_warning} first, so two nodes or a rerun on the same day warn once.
 */
@Component
class KeyExpiryWatch {

    private final PsirtKeys keys;
    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final Outbox outbox;
    private final MessageSource messages;
    private final Organization organization;
    private final DisplayTime time;
    private final Clock clock;

    KeyExpiryWatch(PsirtKeys keys, JdbcClient jdbc, StaffDirectory staff, Outbox outbox, MessageSource messages,
            Organization organization, DisplayTime time, Clock clock) {
        this.keys = keys;
        this.jdbc = jdbc;
        this.staff = staff;
        this.outbox = outbox;
        this.messages = messages;
        this.organization = organization;
        this.time = time;
        this.clock = clock;
    }

    /** The current key's expiry when the watch warns about it now (banner and e-mail), else empty. */
    Optional<KeyExpiry> dueWarning() {
        Instant now = clock.instant();
        return keys.current().flatMap(key -> KeyExpiry.of(key, now)).filter(KeyExpiry::warn);
    }

    /** Warns once for today if the current key is close to or past its expiry; returns the e-mails queued. */
    @Transactional
    int warnIfDue() {
        Optional<KeyExpiry> due = dueWarning();
        if (due.isEmpty()) {
            return 0;
        }
        KeyExpiry expiry = due.get();
        int recorded = jdbc.sql("""
                insert into openpgp_expiry_warning (key_fingerprint, warned_on, days_left, warned_at)
                values (?, ?, ?, ?) on conflict do nothing""")
                .params(expiry.fingerprint(), expiry.today(), expiry.daysLeft(), SqlInstants.toSql(clock.instant()))
                .update();
        if (recorded == 0) {
            return 0;
        }
        int queued = 0;
        for (StaffDirectory.StaffMember member : recipients().values()) {
            Locale locale = member.language().locale();
            Object[] arguments = {expiry.keyId(), time.jstDate(expiry.expires()), expiry.daysLeft(),
                    organization.name(member.language()), link()};
            String kind = expiry.expired() ? "expired" : "expires";
            outbox.queue(new OutgoingMail(member.email(), member.language(), "pgp-key-expiry",
                    messages.getMessage("pgp.expiry-mail.subject." + kind, arguments, locale),
                    messages.getMessage("pgp.expiry-mail.body." + kind, arguments, locale),
                    "pgp_key", expiry.fingerprint()));
            queued++;
        }
        return queued;
    }

    /** Active ADMIN and PSIRT members with an e-mail address, each once even when they hold both roles. */
    private Map<Long, StaffDirectory.StaffMember> recipients() {
        Map<Long, StaffDirectory.StaffMember> recipients = new LinkedHashMap<>();
        for (Role role : new Role[] {Role.ADMIN, Role.PSIRT}) {
            for (StaffDirectory.StaffMember member : staff.withRole(role)) {
                if (member.email() != null && !member.email().isBlank()) {
                    recipients.putIfAbsent(member.id(), member);
                }
            }
        }
        return recipients;
    }

    private String link() {
        String base = organization.publicUrl().strip();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/admin/pgp-keys";
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        RecurringTask<Void> pgpKeyExpiryWatchTask(KeyExpiryWatch watch) {
            return Tasks.recurring("pgp-key-expiry-watch", Schedules.daily(DisplayTime.JST, LocalTime.of(9, 0)))
                    .execute((instance, context) -> watch.warnIfDue());
        }
    }
}
