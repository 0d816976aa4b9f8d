package dev.madoguchi.csaf;

import java.util.List;

/** The mandatory tests of CSAF 2.0 §6.1, in the specification's order. */
final class MandatoryTests {

    static final List<CsafTest> ALL = List.of(
    );

    private MandatoryTests() {
    }
}
