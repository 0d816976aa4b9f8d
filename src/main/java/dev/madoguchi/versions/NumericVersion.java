package dev.madoguchi.versions;

import static dev.madoguchi.versions.InvalidVersionException.quoted;

import java.util.List;

/**
 * A version of {@link VersionScheme#NUMERIC}: whole numbers separated by dots ("1", "1.2", "1.2.10", "10.0.19045").
 *
 * <p>Components compare as numbers, not as text, so 1.10 is above 1.9. A missing trailing component counts as zero,
 * so 1.2 equals 1.2.0. Leading zeros are allowed and do not count, so 1.08 equals 1.8 and sorts below 1.10; a product
 * whose "1.08" means something else than "1.8" needs {@link VersionScheme#FIRMWARE} or {@link VersionScheme#LISTED}
 * rather than this scheme. This is the purl-spec VERS {@code intdot} scheme without its truncation at the first
 * other character: here such a version is refused instead.
 */
record NumericVersion(List<String> components) implements Comparable<NumericVersion> {

    NumericVersion {
        components = List.copyOf(components);
    }

    /** @throws InvalidVersionException naming the part that is not a whole number */
    static NumericVersion parse(String text) {
        String version = text == null ? "" : text.strip();
        if (version.isEmpty()) {
            throw new InvalidVersionException("The version is empty.");
        }
        String[] parts = version.split("\\.", -1);
        for (String part : parts) {
            if (part.isEmpty()) {
                throw new InvalidVersionException(quoted(version) + " is not a numeric version: it has an empty part "
                        + "between dots. Write whole numbers separated by dots, such as 1.2.10.");
            }
            if (!Numerals.isDigits(part)) {
                throw new InvalidVersionException(quoted(version) + " is not a numeric version: " + quoted(part)
                        + " is not a whole number. Write whole numbers separated by dots, such as 1.2.10.");
            }
        }
        return new NumericVersion(List.of(parts));
    }

    @Override
    public int compareTo(NumericVersion other) {
        int length = Math.max(components.size(), other.components.size());
        for (int i = 0; i < length; i++) {
            int c = Numerals.compare(component(i), other.component(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private String component(int index) {
        return index < components.size() ? components.get(index) : "0";
    }
}
