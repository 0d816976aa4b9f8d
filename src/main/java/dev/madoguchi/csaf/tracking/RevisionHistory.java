package dev.madoguchi.csaf.tracking;

import java.time.Instant;
import java.util.ArrayList;
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

    private static final Function<CsafDocument, RevisionHistory> READ = RevisionHistory::new;

    /** Dates first; then parsed numbers by precedence, numbers that are no version after them by text. */
    private static final Comparator<Item> CHRONOLOGICAL = Comparator.comparing(Item::date)
            .thenComparing(Item::version, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Item::number, Comparator.nullsLast(Comparator.naturalOrder()));

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
        List<Item> dated = new ArrayList<>(items.stream().filter(item -> item.date() != null).toList());
        dated.sort(CHRONOLOGICAL);
        chronological = List.copyOf(dated);
        fullyDated = dated.size() == items.size();
        complete = fullyDated && items.stream().allMatch(item -> item.version() != null);
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
        return chronological.stream().filter(item -> item.version() != null).toList();
    }
}
