package dev.madoguchi.csaf.optional;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonPointer;
import dev.madoguchi.csaf.JsonValue;
import dev.madoguchi.csaf.NumberedTest;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * CSAF 2.0 §6.2.13 Sorting: the keys of every object of the document are sorted alphabetically. Alphabetical is taken
 * as ignoring case first (as a collator does), then by code point; a key that sorts after the key following it is
 * reported, at its own pointer. The tree is walked with an explicit stack.
 */
public final class Sorting extends NumberedTest {

    static final Comparator<String> ALPHABETICAL = new Alphabetical();

    /** Ignoring case first, then by code point. */
    private static final class Alphabetical implements Comparator<String> {
        @Override
        public int compare(String left, String right) {
            int ignoringCase = String.CASE_INSENSITIVE_ORDER.compare(left, right);
            return ignoringCase != 0 ? ignoringCase : left.compareTo(right);
        }
    }

    private record Pending(JsonValue value, String pointer) {
    }

    public Sorting() {
        super("6.2.13");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        Deque<Pending> pending = new ArrayDeque<>();
        pending.push(new Pending(document.root(), ""));
        while (!pending.isEmpty()) {
            Pending next = pending.pop();
            if (next.value().isObject()) {
                String previous = null;
                for (Map.Entry<String, JsonValue> member : next.value().members().entrySet()) {
                    String key = member.getKey();
                    if (previous != null && ALPHABETICAL.compare(previous, key) > 0) {
                        findings.add(JsonPointer.member(next.pointer(), previous), "The key " + previous
                                + " is not at the right place: it should come after " + key + ".");
                    }
                    previous = key;
                    pending.push(new Pending(member.getValue(), JsonPointer.member(next.pointer(), key)));
                }
            } else {
                List<JsonValue> elements = next.value().elements();
                for (int i = 0; i < elements.size(); i++) {
                    pending.push(new Pending(elements.get(i), JsonPointer.index(next.pointer(), i)));
                }
            }
        }
    }
}
