package dev.madoguchi.cases;

/**
 * What the queue shows: optional state (a code, or {@code open}), handler user name, division id, text search
 * (title, reference, product, messages; Japanese or English), overdue only; a page of {@code size} after
 * {@code offset}.
 */
public record QueueFilter(String state, String handler, Long divisionId, String query, boolean overdueOnly, int offset,
        int size) {

    public static QueueFilter open() {
        return new QueueFilter("open", null, null, null, false, 0, 50);
    }
}
