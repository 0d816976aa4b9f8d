package dev.madoguchi.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;
import dev.madoguchi.shared.NotFoundException;
import dev.madoguchi.shared.SqlInstants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as staff see it: what was sent, what waits and what failed, never the bodies (they may hold private
 * links), and a failed message sent again on request.
 */
@Component
class OutboxDesk {

    /** The most recent messages the page lists. */
    static final int RECENT = 200;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    OutboxDesk(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One message as the outbox page lists it.
     *
     * @param nextAttemptAt {@code null} unless the message waits for an attempt
     * @param bouncedAt     when a bounce reported it undeliverable (RFC 3464), else {@code null}
     */
    record Entry(long id, Instant queuedAt, String recipient, String category, String subject, String status,
            int attempts, Instant nextAttemptAt, String lastError, Instant sentAt, String encryption,
            Instant bouncedAt, String bounceReason) {
    }

    /** Which messages the page shows. */
    enum Filter {
        ALL, QUEUED, FAILED;

        static Filter of(String name) {
            for (Filter filter : values()) {
                if (filter.name().equalsIgnoreCase(name)) {
                    return filter;
                }
            }
            return ALL;
        }
    }

    List<Entry> recent(Filter filter) {
        String where = switch (filter) {
            case ALL -> "true";
            case QUEUED -> "status in ('queued', 'sending')";
            // a bounced message was sent but never arrived: a failure staff correct the address for
            case FAILED -> "(status = 'failed' or bounced_at is not null)";
        };
        return jdbc.sql("""
                select id, queued_at, recipient, category, subject, status, attempts, next_attempt_at, last_error,
                       sent_at, encryption, bounced_at, bounce_reason
                from outbox_message where %s order by id desc limit %d""".formatted(where, RECENT))
                .query((rs, n) -> {
                    String status = rs.getString("status");
                    return new Entry(rs.getLong("id"), SqlInstants.read(rs, "queued_at"), rs.getString("recipient"),
                            rs.getString("category"), rs.getString("subject"), status, rs.getInt("attempts"),
                            status.equals("queued") ? SqlInstants.read(rs, "next_attempt_at") : null,
                            rs.getString("last_error"), SqlInstants.read(rs, "sent_at"), rs.getString("encryption"),
                            SqlInstants.read(rs, "bounced_at"), rs.getString("bounce_reason"));
                })
                .list();
    }

    /** How many messages are in each status, and under {@code bounced} how many were reported undeliverable. */
    Map<String, Integer> counts() {
        Map<String, Integer> counts = new TreeMap<>();
        jdbc.sql("select status, count(*) as n from outbox_message group by status")
                .query((rs, n) -> counts.put(rs.getString("status"), rs.getInt("n")))
                .list();
        counts.put("bounced", jdbc.sql("select count(*) from outbox_message where bounced_at is not null")
                .query(Integer.class).single());
        return counts;
    }

    /**
     * Queues a failed message for an attempt now, with a fresh {@link OutboxSender#GIVE_UP_AFTER} before it is given
     * up again; only a failed message, so that staff cannot cause a second delivery of one sent or being sent.
     */
    @Transactional
    void retry(long id) {
        int updated = jdbc.sql("""
                update outbox_message set status = 'queued', next_attempt_at = ?, failing_since = null
                where id = ? and status = 'failed'""")
                .params(SqlInstants.toSql(clock.instant()), id).update();
        if (updated == 0) {
            throw new NotFoundException("failed outbox message " + id);
        }
        audit.record(AuditEntry.of("mail.retry-requested", "outbox-message", id, "status: failed -> queued"));
    }
}
