package dev.madoguchi.cases;

import java.time.Instant;

/**
 * A party besides PSIRT that agreed to a publication date, and when it agreed.
 *
 * @param kind     {@code reporter}, {@code coordinator} (e.g. JPCERT/CC) or {@code other}
 * @param name     the reporter's name as the case knows them, the coordinator's name, or the other party's; a
 *                 reporter's name is contact data, shown to PSIRT only
 * @param agreedAt the start (00:00 JST) of the day the party agreed: the date is what PSIRT records
 */
public record AgreedParty(String kind, String name, Instant agreedAt) {

    /** The kinds of party, in the order a page lists them. */
    public static final java.util.List<String> KINDS = java.util.List.of("reporter", "coordinator", "other");
}
