package dev.madoguchi.intake;

import java.time.Instant;

import dev.madoguchi.shared.DisplayTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tracking numbers {@code <prefix>-<year>-<n>}: n runs from 1 each calendar year in Japan, without gaps, on any
 * number of nodes (the year's row stays locked until the submission commits; a rolled-back submission gives its
 * number back).
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
        int number = jdbc.sql("""
                insert into report_tracking_sequence (year, last_number) values (?, 1)
                on conflict (year) do update set last_number = report_tracking_sequence.last_number + 1
                returning last_number""").param(year).query(Integer.class).single();
        return format(prefix, year, number);
    }

    static String format(String prefix, int year, int number) {
        return String.format("%s-%d-%04d", prefix, year, number);
    }
}
