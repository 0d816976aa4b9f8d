package dev.madoguchi.csaf.tracking;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.NumberedTest;

import java.util.HashMap;
import java.util.Map;

/**
 * CSAF 2.0 §6.1.22 Multiple Definition in Revision History: no two revision history items have the same
 * {@code number} (as written). Each repetition is reported at its {@code number}, naming the item it repeats.
 */
public final class MultipleDefinitionInRevisionHistory extends NumberedTest {

    public MultipleDefinitionInRevisionHistory() {
        super("6.1.22");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        Map<String, Integer> firstIndex = new HashMap<>();
        for (RevisionHistory.Item item : RevisionHistory.of(document).items()) {
            if (item.number() == null) {
                continue;
            }
            Integer first = firstIndex.putIfAbsent(item.number(), item.index());
            if (first != null) {
                findings.add(item.numberPath(), "The revision history already has an item with number "
                        + item.number() + " (item " + first + ").");
            }
        }
    }
}
