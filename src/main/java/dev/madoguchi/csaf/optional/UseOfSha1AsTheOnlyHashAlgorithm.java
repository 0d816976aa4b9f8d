package dev.madoguchi.csaf.optional;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.NumberedTest;

/**
 * CSAF 2.0 §6.2.9 Use of SHA-1 as the only Hash Algorithm: no {@code file_hashes} of a product identification helper
 * (in branches, full product names or relationships) lists SHA-1 hashes alone; collisions can be forged for SHA-1.
 */
public final class UseOfSha1AsTheOnlyHashAlgorithm extends NumberedTest {

    public UseOfSha1AsTheOnlyHashAlgorithm() {
        super("6.2.9");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        SoleHashAlgorithm.report(document, "sha1", findings);
    }
}
