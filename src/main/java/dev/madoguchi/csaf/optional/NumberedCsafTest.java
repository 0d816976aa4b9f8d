package dev.madoguchi.csaf.optional;

import dev.madoguchi.csaf.CsafTest;
import dev.madoguchi.csaf.CsafTestGroup;

/** What every optional (§6.2) and informative (§6.3) test shares: its §6 number and its group. */
public abstract class NumberedCsafTest implements CsafTest {

    private final String id;
    private final CsafTestGroup group;

    protected NumberedCsafTest(String id, CsafTestGroup group) {
        this.id = id;
        this.group = group;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final CsafTestGroup group() {
        return group;
    }
}
