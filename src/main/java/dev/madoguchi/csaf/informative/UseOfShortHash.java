package dev.madoguchi.csaf.informative;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonValue;
import dev.madoguchi.csaf.NumberedTest;
import dev.madoguchi.csaf.product.ProductTreeWalk;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * CSAF 2.0 §6.3.5 Use of Short Hash: no hash {@code value} of a product identification helper's {@code file_hashes}
 * (in branches, full product names or relationships) is shorter than 64 characters.
 */
public final class UseOfShortHash extends NumberedTest {

    private static final int MINIMUM_LENGTH = 64;

    public UseOfShortHash() {
        super("6.3.5");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        ProductTreeWalk.fileHashes(document, new BiConsumer<JsonValue, String>() {
            @Override
            public void accept(JsonValue fileHashes, String pointer) {
                List<JsonValue> hashes = fileHashes.elements();
                for (int i = 0; i < hashes.size(); i++) {
                    String value = hashes.get(i).get("value").text();
                    if (value != null && value.length() < MINIMUM_LENGTH) {
                        findings.add(pointer + "/" + i + "/value", "The hash value " + value + " is only "
                                + value.length() + " characters long, shorter than " + MINIMUM_LENGTH + ".");
                    }
                }
            }
        });
    }
}
