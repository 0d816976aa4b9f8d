package dev.madoguchi.csaf;

import java.util.List;

/** The informative tests of CSAF 2.0 §6.3, in the specification's order. */
final class InformativeTests {

    static final List<CsafTest> ALL = List.of(
    );

    private InformativeTests() {
    }
}
