package dev.madoguchi.csaf;

/**
 * A test of CSAF 2.0 §6 known by its number, whose group follows from that number: §6.1 mandatory, §6.2 optional,
 * §6.3 informative (CSAF 2.0 §6). Every §6 test extends it.
 */
public abstract class NumberedTest implements CsafTest {

    private final String id;
    private final CsafTestGroup group;

    /**
     * @param id the §6 number, e.g. {@code 6.1.27.3}
     * @throws IllegalArgumentException if {@code id} is not in §6.1, §6.2 or §6.3
     */
    protected NumberedTest(String id) {
        this.id = id;
        this.group = groupOf(id);
    }

    private static CsafTestGroup groupOf(String id) {
        if (id.startsWith("6.1.")) {
            return CsafTestGroup.MANDATORY;
        }
        if (id.startsWith("6.2.")) {
            return CsafTestGroup.OPTIONAL;
        }
        if (id.startsWith("6.3.")) {
            return CsafTestGroup.INFORMATIVE;
        }
        throw new IllegalArgumentException("A CSAF 2.0 §6 test id starts with 6.1., 6.2. or 6.3., not: " + id);
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
