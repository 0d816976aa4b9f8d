package dev.madoguchi.csaf;

import dev.madoguchi.csaf.mandatory.Cwe;
import dev.madoguchi.csaf.mandatory.InconsistentCvss;
import dev.madoguchi.csaf.mandatory.InvalidCvss;
import dev.madoguchi.csaf.mandatory.InvalidCvssComputation;

import java.util.List;

/** The mandatory tests of CSAF 2.0 §6.1, in the specification's order. */
final class MandatoryTests {

    static final List<CsafTest> ALL = List.of(
            new InvalidCvss(),
            new InvalidCvssComputation(),
            new InconsistentCvss(),
            new Cwe()
    );

    private MandatoryTests() {
    }
}
