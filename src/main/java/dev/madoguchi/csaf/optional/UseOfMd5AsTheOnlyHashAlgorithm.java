package dev.madoguchi.csaf.optional;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.NumberedTest;

/**
 * CSAF 2.0 §6.2.8 Use of MD5 as the only Hash Algorithm: no {@code file_hashes} of a product identification helper
 * (in branches, full product names or relationships) lists MD5 hashes alone; collisions can be forged for MD5.
 */
public final class UseOfMd5AsTheOnlyHashAlgorithm extends NumberedTest {

    public UseOfMd5AsTheOnlyHashAlgorithm() {
        super("6.2.8");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        SoleHashAlgorithm.report(document, "md5", findings);
    }
}
