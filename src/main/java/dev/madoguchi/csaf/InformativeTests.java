package dev.madoguchi.csaf;

import dev.madoguchi.csaf.informative.BranchCategories;
import dev.madoguchi.csaf.informative.MissingCve;
import dev.madoguchi.csaf.informative.MissingCwe;
import dev.madoguchi.csaf.informative.UsageOfProductVersionRange;
import dev.madoguchi.csaf.informative.UsageOfVAsVersionIndicator;
import dev.madoguchi.csaf.informative.UseOfCvssV2AsTheOnlyScoringSystem;
import dev.madoguchi.csaf.informative.UseOfCvssV30;
import dev.madoguchi.csaf.informative.UseOfShortHash;

import java.util.List;

/**
 * The informative tests of CSAF 2.0 §6.3, in the specification's order. Not here: §6.3.6 and §6.3.7 (URLs failing to
 * resolve), which need network access, and §6.3.8 Spell check, which needs a spell checker for the document's language.
 */
final class InformativeTests {

    static final List<CsafTest> ALL = List.of(
            new UseOfCvssV2AsTheOnlyScoringSystem(),
            new UseOfCvssV30(),
            new MissingCve(),
            new MissingCwe(),
            new UseOfShortHash(),
            new BranchCategories(),
            new UsageOfProductVersionRange(),
            new UsageOfVAsVersionIndicator()
    );

    private InformativeTests() {
    }
}
