package dev.madoguchi.intake;

import java.time.Instant;

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

    TrackingNumbers(JdbcClient jdbc, IntakeProperties properties) {
        this.jdbc = jdbc;
        this.prefix = properties.trackingPrefix();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(Instant receivedAt) {
        int year = receivedAt.atZone(DisplayTime.JST).getYear();
        String sequence = "report_tracking_" + year;
        // nextval of a missing sequence is null (to_regclass gives null, nextval is strict): then create it
        Long number = nextval(sequence);
        if (number == null) {
            ensureSequence(sequence);
            number = nextval(sequence);
        }
        return format(prefix, year, number.intValue());
    }

    /**
     * The year's first report creates its sequence, within its own transaction: concurrent first reports (on any
     * node) wait for each other on an advisory lock instead of racing to create it.
     */
    private Long nextval(String sequence) {
        return jdbc.sql("select nextval(to_regclass(?))").param(sequence)
                .query((rs, n) -> (Long) rs.getObject(1)).list().get(0);
    }

    private void ensureSequence(String sequence) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param(sequence).query().singleRow();
        jdbc.sql("create sequence if not exists " + sequence + " as integer minvalue 1 start 1").update();
    }

    static String format(String prefix, int year, int number) {
        return String.format("%s-%d-%04d", prefix, year, number);
    }
}
