package dev.madoguchi.intake;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.madoguchi.shared.DisplayTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tracking numbers {@code <prefix>-<year>-<n>}: n runs from 1 each calendar year in Japan, from one PostgreSQL
 * sequence per year, so concurrent submissions on any number of nodes never wait for each other. A submission that
 * fails after taking a number leaves that number unused (a gap), as order numbers do.
 */
@Component
class TrackingNumbers {

    private final JdbcClient jdbc;
    private final String prefix;
    /** Years whose sequence is known to exist; only saves a catalog lookup, decides nothing. */
    private final Set<Integer> knownYears = ConcurrentHashMap.newKeySet();

    TrackingNumbers(JdbcClient jdbc, IntakeProperties properties) {
        this.jdbc = jdbc;
        this.prefix = properties.trackingPrefix();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(Instant receivedAt) {
        int year = receivedAt.atZone(DisplayTime.JST).getYear();
        String sequence = "report_tracking_" + year;
        if (!knownYears.contains(year)) {
            ensureSequence(sequence);
            knownYears.add(year);
        }
        int number = jdbc.sql("select nextval('" + sequence + "')").query(Integer.class).single();
        return format(prefix, year, number);
    }

    /**
     * The year's first report creates its sequence, within its own transaction: concurrent first reports (on any
     * node) wait for each other on an advisory lock instead of racing to create it.
     */
    private void ensureSequence(String sequence) {
        boolean exists = jdbc.sql("select to_regclass(?) is not null").param(sequence).query(Boolean.class).single();
        if (!exists) {
            jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param(sequence).query().singleRow();
            jdbc.sql("create sequence if not exists " + sequence + " as integer minvalue 1 start 1").update();
        }
    }

    static String format(String prefix, int year, int number) {
        return String.format("%s-%d-%04d", prefix, year, number);
    }
}
