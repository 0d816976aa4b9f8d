package dev.madoguchi.csaf.tracking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonPointer;
import dev.madoguchi.csaf.JsonValue;
import dev.madoguchi.csaf.Rfc3339;

/**
 * {@code /document/tracking/revision_history}, read once per document: its items with their numbers as
 * {@link DocumentVersion}s and dates as instants, and the same items in the order CSAF 2.0 §6.1.14, §6.1.16 and
 * §6.1.21 look at them — ascending by {@code date}, then by {@code number} (the second criterion the TC spelt out in
 * CSAF 2.1; it only decides between items of the same instant).
 */
final class RevisionHistory {

    static final String PATH = "/document/tracking/revision_history";

    private static final Function<CsafDocument, RevisionHistory> READ = new Function<>() {
        @Override
        public RevisionHistory apply(CsafDocument document) {
            return new RevisionHistory(document);
        }
    };

    private static final Comparator<Item> CHRONOLOGICAL = new Chronological();

    /** Dates first; then parsed numbers by precedence, numbers that are no version after them by text. */
    private static final class Chronological implements Comparator<Item> {
        @Override
        public int compare(Item left, Item right) {
            int order = left.date().compareTo(right.date());
            if (order == 0) {
                order = nullsLast(left.version(), right.version());
            }
            return order != 0 ? order : nullsLast(left.number(), right.number());
        }

        private static <T extends Comparable<T>> int nullsLast(T left, T right) {
            if (left == null || right == null) {
                return left == null ? (right == null ? 0 : 1) : -1;
            }
            return left.compareTo(right);
        }
    }

    /**
     * One item of the history.
     *
     * @param number  {@code number} as written, or {@code null} when it is no string
     * @param version the number as a version, or {@code null} when it is neither integer nor semantic versioning
     * @param date    {@code date} as an instant, or {@code null} when it is no RFC 3339 date-time
     */
    record Item(int index, String number, DocumentVersion version, Instant date) {

        /** The pointer to this item's {@code number}. */
        String numberPath() {
            return JsonPointer.member(JsonPointer.index(PATH, index), "number");
        }
    }

    private final List<Item> items = new ArrayList<>();
    private final List<Item> chronological;
    private final boolean fullyDated;
    private final boolean complete;

    private RevisionHistory(CsafDocument document) {
        JsonValue history = document.document().get("tracking").get("revision_history");
        List<JsonValue> elements = history.elements();
        for (int i = 0; i < elements.size(); i++) {
            String number = elements.get(i).get("number").text();
            items.add(new Item(i, number, DocumentVersion.parse(number),
                    Rfc3339.instant(elements.get(i).get("date").text())));
        }
        List<Item> dated = new ArrayList<>();
        boolean versioned = true;
        for (Item item : items) {
            if (item.date() != null) {
                dated.add(item);
            }
            versioned &= item.version() != null;
        }
        dated.sort(CHRONOLOGICAL);
        chronological = List.copyOf(dated);
        fullyDated = dated.size() == items.size();
        complete = fullyDated && versioned;
    }

    /** The revision history of {@code document}, read the first time a test asks. */
    static RevisionHistory of(CsafDocument document) {
        return document.derived(READ);
    }

    /** Every item in document order. */
    List<Item> items() {
        return items;
    }

    /** The items with a readable date, ascending by date and then by number. */
    List<Item> chronological() {
        return chronological;
    }

    /** Whether every item has a readable date, so that {@link #chronological()} holds them all. */
    boolean fullyDated() {
        return fullyDated;
    }

    /** Whether every item has a readable date and a number that is a version. */
    boolean complete() {
        return complete;
    }

    /** The items whose number is a version, ascending by date and then by number. */
    List<Item> chronologicalVersions() {
        List<Item> versions = new ArrayList<>();
        for (Item item : chronological) {
            if (item.version() != null) {
                versions.add(item);
            }
        }
        return Collections.unmodifiableList(versions);
    }
}
