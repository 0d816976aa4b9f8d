package dev.madoguchi.openpgp;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.madoguchi.shared.DisplayTime;
import dev.madoguchi.shared.SqlInstants;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 9's expiry watch: every morning (09:00 JST, on one node of the cluster) from {@value KeyExpiry#WARN_FROM_DAYS}
 * days before the current key expires, and every day once it has expired, each ADMIN and PSIRT member gets an e-mail
 * saying so (NEC's published key expired unnoticed; that must not happen silently). The day is recorded in
 * {@code openpgp_expiry_warning} first, so two nodes or a rerun on the same day warn once; the e-mails are queued by
 * the mail module on {@link KeyExpiryWarningRecorded} (mail already uses this module to encrypt, so this one must not
 * use mail).
 */
@Component
class KeyExpiryWatch {

    private final PsirtKeys keys;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    KeyExpiryWatch(PsirtKeys keys, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.keys = keys;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** The current key's expiry when the watch warns about it now (banner and e-mail), else empty. */
    Optional<KeyExpiry> dueWarning() {
        Instant now = clock.instant();
        return keys.current().flatMap(key -> KeyExpiry.of(key, now)).filter(KeyExpiry::warn);
    }

    /**
     * Records today's warning if the current key is close to or past its expiry, once per day across the cluster, and
     * publishes {@link KeyExpiryWarningRecorded} in the same transaction (the mail module queues the e-mails).
     *
     * @return whether a warning was recorded now
     */
    @Transactional
    boolean warnIfDue() {
        Optional<KeyExpiry> due = dueWarning();
        if (due.isEmpty()) {
            return false;
        }
        KeyExpiry expiry = due.get();
        int recorded = jdbc.sql("""
                insert into openpgp_expiry_warning (key_fingerprint, warned_on, days_left, warned_at)
                values (?, ?, ?, ?) on conflict do nothing""")
                .params(expiry.fingerprint(), expiry.today(), expiry.daysLeft(), SqlInstants.toSql(clock.instant()))
                .update();
        if (recorded == 0) {
            return false;
        }
        events.publishEvent(new KeyExpiryWarningRecorded(expiry));
        return true;
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
