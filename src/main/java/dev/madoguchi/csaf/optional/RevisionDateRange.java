package dev.madoguchi.csaf.optional;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.CsafTest;
import dev.madoguchi.csaf.JsonValue;
import dev.madoguchi.csaf.Rfc3339;

import java.time.Instant;

/**
 * The oldest and newest {@code date} of {@code /document/tracking/revision_history[]}, compared as instants (so
 * {@code 2021-07-21T12:00:00+02:00} equals {@code 2021-07-21T10:00:00Z}); dates that cannot be read are left out.
 */
final class RevisionDateRange {

    /** A date of the revision history: the instant and the text as written. */
    record Dated(Instant instant, String text) {
    }

    private Dated oldest;
    private Dated newest;

    private RevisionDateRange() {
    }

    static RevisionDateRange of(CsafDocument document) {
        RevisionDateRange range = new RevisionDateRange();
        for (JsonValue revision : document.document().get("tracking").get("revision_history").elements()) {
            String text = revision.get("date").text();
            Instant instant = Rfc3339.instant(text);
            if (instant == null) {
                continue;
            }
            if (range.oldest == null || instant.isBefore(range.oldest.instant())) {
                range.oldest = new Dated(instant, text);
            }
            if (range.newest == null || instant.isAfter(range.newest.instant())) {
                range.newest = new Dated(instant, text);
            }
        }
        return range;
    }

    /** The oldest date, or {@code null} if there is none. */
    Dated oldest() {
        return oldest;
    }

    /** The newest date, or {@code null} if there is none. */
    Dated newest() {
        return newest;
    }

    /**
     * Reports {@code /document/tracking/<member>} if its date is older than {@code bound} (the oldest or newest
     * revision date, named by {@code which} in the message).
     */
    static void reportOlder(CsafDocument document, String member, Dated bound, String which,
                            CsafTest.Findings findings) {
        String text = document.document().get("tracking").get(member).text();
        Instant instant = Rfc3339.instant(text);
        if (instant != null && bound != null && instant.isBefore(bound.instant())) {
            findings.add("/document/tracking/" + member, "The date " + text + " is older than " + bound.text()
                    + ", the date of the " + which + " item in the revision history.");
        }
    }
}
