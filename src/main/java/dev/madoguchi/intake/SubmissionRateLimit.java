package dev.madoguchi.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import dev.madoguchi.shared.SqlInstants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A sliding one-hour window of events per bucket (e.g. {@code report:<client address>}), shared by every node
 * through PostgreSQL. Counting runs in the caller's transaction, so a submission that fails does not count.
 */
@Component
class SubmissionRateLimit {

    private final JdbcClient jdbc;
    private final Clock clock;

    SubmissionRateLimit(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records one event unless the bucket is full.
     *
     * @param limit events allowed per window; 0 or less means no limit
     * @return empty when allowed; otherwise how long until the oldest event leaves the window
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Duration> tryAcquire(String bucket, int limit, Duration window) {
        if (limit <= 0) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("intake-rate:" + bucket).query().singleRow();
        record Usage(long count, Instant oldest) {
        }
        Usage usage = jdbc.sql("select count(*), min(at) from intake_rate_event where bucket = ? and at > ?")
                .params(bucket, SqlInstants.toSql(now.minus(window)))
                .query((rs, n) -> new Usage(rs.getLong(1), SqlInstants.read(rs, "min"))).single();
        if (usage.count() >= limit) {
            Duration wait = Duration.between(now, usage.oldest().plus(window));
            return Optional.of(wait.isNegative() ? Duration.ofSeconds(1) : wait);
        }
        jdbc.sql("insert into intake_rate_event (bucket, at) values (?, ?)").params(bucket, SqlInstants.toSql(now))
                .update();
        return Optional.empty();
    }

    /** Forgets events older than the window; run by a job. */
    @Transactional
    int forgetOlderThan(Duration window) {
        return jdbc.sql("delete from intake_rate_event where at <= ?")
                .param(SqlInstants.toSql(clock.instant().minus(window))).update();
    }
}
