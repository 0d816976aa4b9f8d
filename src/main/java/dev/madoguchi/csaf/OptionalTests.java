package dev.madoguchi.csaf;

import java.util.List;

/** The optional tests of CSAF 2.0 §6.2, in the specification's order. */
final class OptionalTests {

    static final List<CsafTest> ALL = List.of(
    );

    private OptionalTests() {
    }
}
