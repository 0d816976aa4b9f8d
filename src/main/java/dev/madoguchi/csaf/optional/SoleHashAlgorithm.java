package dev.madoguchi.csaf.optional;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.CsafTest;
import dev.madoguchi.csaf.JsonValue;
import dev.madoguchi.csaf.product.ProductTreeWalk;

import java.util.List;

/**
 * Finds {@code file_hashes} lists whose every hash uses one weak algorithm (§6.2.8 MD5, §6.2.9 SHA-1): such a hash
 * should be accompanied by a second, cryptographically stronger one.
 */
final class SoleHashAlgorithm {

    private SoleHashAlgorithm() {
    }

    /** Reports each non-empty {@code file_hashes} whose items all use {@code algorithm} (case ignored). */
    static void report(CsafDocument document, String algorithm, CsafTest.Findings findings) {
        ProductTreeWalk.fileHashes(document, (fileHashes, pointer) -> {
            List<JsonValue> hashes = fileHashes.elements();
            if (!hashes.isEmpty() && hashes.stream().allMatch(h -> algorithm.equalsIgnoreCase(h.get("algorithm").text()))) {
                findings.add(pointer, "The hash algorithm " + algorithm
                        + " is used without being accompanied by a second hash algorithm.");
            }
        });
    }
}
