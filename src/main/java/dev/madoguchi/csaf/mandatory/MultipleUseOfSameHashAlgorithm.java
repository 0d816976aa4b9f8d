package dev.madoguchi.csaf.mandatory;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonPointer;
import dev.madoguchi.csaf.JsonValue;
import dev.madoguchi.csaf.NumberedTest;
import dev.madoguchi.csaf.product.ProductTreeWalk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * CSAF 2.0 §6.1.25 Multiple Use of Same Hash Algorithm: within one item of {@code hashes} (one file), no two
 * {@code file_hashes} use the same {@code algorithm} (as written). Looks at every full product name: in branches at
 * any depth, in {@code full_product_names} and in relationships. Each repetition is reported at its
 * {@code file_hashes} item.
 */
public final class MultipleUseOfSameHashAlgorithm extends NumberedTest {

    public MultipleUseOfSameHashAlgorithm() {
        super("6.1.25");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        ProductTreeWalk.fileHashes(document, new BiConsumer<JsonValue, String>() {
            @Override
            public void accept(JsonValue fileHashes, String base) {
                Map<String, Integer> firstIndex = new HashMap<>();
                List<JsonValue> items = fileHashes.elements();
                for (int f = 0; f < items.size(); f++) {
                    String algorithm = items.get(f).get("algorithm").text();
                    Integer first = algorithm == null ? null : firstIndex.putIfAbsent(algorithm, f);
                    if (first != null) {
                        findings.add(JsonPointer.index(base, f), "The algorithm " + algorithm
                                + " is already used for this file (file hash " + first + ").");
                    }
                }
            }
        });
    }
}
