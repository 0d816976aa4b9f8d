package dev.madoguchi.advisories;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

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
    /** Raised by every clear: an answer read before a clear must not be kept after it. */
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong checkedAt = new AtomicLong();
    private final AtomicReference<String> version = new AtomicReference<>("");
    private final PortalQuery portal;
    private final Clock clock;

    StoredPageCache(PortalQuery portal, Clock clock) {
        this.portal = portal;
        this.clock = clock;
    }

    Answer get(String path) {
        refreshIfDue();
        return answers.get(path);
    }

    /** The generation to hand back to {@link #put}: taken before the full chain reads the page. */
    long generation() {
        return generation.get();
    }

    /**
     * Keeps a copy unless anything was dropped since {@code readIn} began: an answer read before a change committed
     * would otherwise outlive the change until the next one.
     */
    synchronized void put(String path, Answer answer, long readIn) {
        if (readIn != generation.get() || answers.size() >= MAX_ENTRIES
                || bytes.get() + answer.body().length > MAX_BYTES) {
            return;
        }
        if (answers.putIfAbsent(path, answer) == null) {
            bytes.addAndGet(answer.body().length);
        }
    }

    private synchronized void dropAll() {
        generation.incrementAndGet();
        answers.clear();
        bytes.set(0);
    }

    /** What this node published, updated or withdrew is dropped as soon as its transaction commits. */
    @TransactionalEventListener
    void on(PortalChanged changed) {
        dropAll();
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
        String current = portal.version();
        if (!current.equals(version.getAndSet(current))) {
            dropAll();
        }
    }
}
