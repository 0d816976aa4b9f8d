package dev.madoguchi.advisories;

/**
 * The advisory ID scheme: a prefix, the year and the advisory's number in that year, zero-padded to at least three
 * digits ({@code MDG-2026-001}, {@code MDG-2026-1000}), as manufacturers number their advisories. Plain Java.
 */
record AdvisoryIdScheme(String prefix) {

    AdvisoryIdScheme {
        if (prefix == null || !prefix.matches("[A-Za-z][A-Za-z0-9]{0,15}")) {
            throw new IllegalArgumentException("An advisory ID prefix is 1 to 16 letters and digits, starting with a "
                    + "letter: " + prefix);
        }
    }

    String format(int year, int number) {
        if (year < 1000 || year > 9999 || number < 1) {
            throw new IllegalArgumentException("year " + year + ", number " + number);
        }
        return prefix + "-" + year + "-" + String.format("%03d", number);
    }
}
