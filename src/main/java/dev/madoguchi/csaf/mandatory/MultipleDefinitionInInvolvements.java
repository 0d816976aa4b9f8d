package dev.madoguchi.csaf.mandatory;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonPointer;
import dev.madoguchi.csaf.JsonValue;
import dev.madoguchi.csaf.NumberedTest;
import dev.madoguchi.csaf.Rfc3339;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CSAF 2.0 §6.1.24 Multiple Definition in Involvements: within one vulnerability, no two involvements name the same
 * {@code party} at the same {@code date}, whatever their {@code status}. Dates are compared as instants (a date that
 * cannot be read, as written); two involvements of one party without a date count as the same date. Involvements of
 * different vulnerabilities never clash. Each repetition is reported at its item.
 */
public final class MultipleDefinitionInInvolvements extends NumberedTest {

    /** A party at a moment: the instant when the date reads as one, else the date's text (or null). */
    private record PartyAt(String party, Object when) {
    }

    public MultipleDefinitionInInvolvements() {
        super("6.1.24");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        List<JsonValue> vulnerabilities = document.vulnerabilities().elements();
        for (int v = 0; v < vulnerabilities.size(); v++) {
            String base = JsonPointer.member(JsonPointer.index("/vulnerabilities", v), "involvements");
            Map<PartyAt, Integer> firstIndex = new HashMap<>();
            List<JsonValue> involvements = vulnerabilities.get(v).get("involvements").elements();
            for (int i = 0; i < involvements.size(); i++) {
                String party = involvements.get(i).get("party").text();
                if (party == null) {
                    continue;
                }
                String date = involvements.get(i).get("date").text();
                Instant instant = Rfc3339.instant(date);
                Integer first = firstIndex.putIfAbsent(new PartyAt(party, instant != null ? instant : date), i);
                if (first != null) {
                    findings.add(JsonPointer.index(base, i), "The party " + party + " is already involved "
                            + (date == null ? "without a date" : "at " + date) + " (involvement " + first + ").");
                }
            }
        }
    }
}
