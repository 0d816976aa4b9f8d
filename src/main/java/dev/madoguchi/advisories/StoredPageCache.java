package dev.madoguchi.advisories;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Published advisory pages as this node last answered them, so that a reader's request for a stored page needs
 * neither the database nor the filter chain. Nothing here decides what is public: an entry is only ever a copy of a
 * complete answer the full chain gave, and every node drops all its entries within a second of any change to the
 * published advisories (a publication, an update or a withdrawal on any node), which it learns from the database;
 * the node that made the change drops them as it commits.
 */
@Component
class StoredPageCache {

    /** One full answer: status 200, the headers to repeat (never cookies) and the body. */
    record Answer(List<Map.Entry<String, String>> headers, String etag, byte[] body) {
    }

    static final int MAX_ENTRIES = 2_000;
    static final long MAX_BYTES = 64L * 1024 * 1024;
    static final long CHECK_EVERY_MILLIS = 1_000;

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong checkedAt = new AtomicLong();
    private final AtomicReference<String> version = new AtomicReference<>("");
    private final JdbcClient jdbc;
    private final Clock clock;

    StoredPageCache(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Answer get(String path) {
        refreshIfDue();
        return answers.get(path);
    }

    void put(String path, Answer answer) {
        if (answers.size() >= MAX_ENTRIES || bytes.get() + answer.body().length > MAX_BYTES) {
            return;
        }
        if (answers.putIfAbsent(path, answer) == null) {
            bytes.addAndGet(answer.body().length);
        }
    }

    /** What this node published, updated or withdrew is dropped as soon as its transaction commits. */
    @TransactionalEventListener
    void on(PortalChanged changed) {
        answers.clear();
        bytes.set(0);
    }

    /** At most once a second per node, one cheap query tells whether anything published changed. */
    private void refreshIfDue() {
        long now = clock.millis();
        long last = checkedAt.get();
        // a clock set back (NTP) counts as due, or the copies would outlive the change they missed
        boolean due = now - last >= CHECK_EVERY_MILLIS || now < last;
        if (!due || !checkedAt.compareAndSet(last, now)) {
            return;
        }
        // a publication adds a row, an update raises a revision, a withdrawal marks one: each changes this
        String current = jdbc.sql("""
                select concat(count(*), '/', coalesce(sum(revision), 0), '/', count(*) filter (where withdrawn))
                from advisory_public""").query(String.class).single();
        if (!current.equals(version.getAndSet(current))) {
            answers.clear();
            bytes.set(0);
        }
    }
}
