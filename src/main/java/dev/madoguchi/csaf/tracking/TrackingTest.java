package dev.madoguchi.csaf.tracking;

import dev.madoguchi.csaf.CsafTest;
import dev.madoguchi.csaf.CsafTestGroup;

/** What the mandatory tests of {@code /document/tracking} (CSAF 2.0 §6.1.14 to §6.1.22) have in common: their group. */
abstract class TrackingTest implements CsafTest {

    private final String id;

    TrackingTest(String id) {
        this.id = id;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final CsafTestGroup group() {
        return CsafTestGroup.MANDATORY;
    }
}
