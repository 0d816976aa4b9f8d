package dev.madoguchi.csaf.mandatory;

import dev.madoguchi.csaf.CsafTest;
import dev.madoguchi.csaf.CsafTestGroup;

/** A mandatory test of CSAF 2.0 §6.1, known by its number. */
abstract class MandatoryCheck implements CsafTest {

    private final String id;

    MandatoryCheck(String id) {
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
