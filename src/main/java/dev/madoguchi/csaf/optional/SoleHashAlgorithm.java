package dev.madoguchi.csaf.optional;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.CsafTest;
import dev.madoguchi.csaf.JsonValue;
import dev.madoguchi.csaf.product.ProductTreeWalk;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * Finds {@code file_hashes} lists whose every hash uses one weak algorithm (§6.2.8 MD5, §6.2.9 SHA-1): such a hash
 * should be accompanied by a second, cryptographically stronger one.
 */
final class SoleHashAlgorithm {

    private SoleHashAlgorithm() {
    }

    /** Reports each non-empty {@code file_hashes} whose items all use {@code algorithm} (case ignored). */
    static void report(CsafDocument document, String algorithm, CsafTest.Findings findings) {
        ProductTreeWalk.fileHashes(document, new BiConsumer<JsonValue, String>() {
            @Override
            public void accept(JsonValue fileHashes, String pointer) {
                List<JsonValue> hashes = fileHashes.elements();
                if (!hashes.isEmpty() && allUse(hashes, algorithm)) {
                    findings.add(pointer, "The hash algorithm " + algorithm
                            + " is used without being accompanied by a second hash algorithm.");
                }
            }
        });
    }

    private static boolean allUse(List<JsonValue> hashes, String algorithm) {
        for (JsonValue hash : hashes) {
            if (!algorithm.equalsIgnoreCase(hash.get("algorithm").text())) {
                return false;
            }
        }
        return true;
    }
}
