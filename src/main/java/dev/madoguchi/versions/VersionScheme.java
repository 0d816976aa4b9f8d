package dev.madoguchi.versions;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a product's versions are ordered, chosen per product. The {@link #code()} is what the database stores.
 *
 * <p>Every scheme ignores blanks around a version. Versions that the scheme orders as equal (1.2 and 1.2.0 in
 * {@link #NUMERIC}) are the same version for ranges, though each keeps its own spelling.
 */
public enum VersionScheme {

    /**
     * Whole numbers separated by dots, compared component by component as numbers: 1.9 &lt; 1.10, 1.2 = 1.2.0, and
     * leading zeros do not count (1.08 = 1.8).
     */
    NUMERIC("numeric") {
        @Override
        public int compare(String a, String b) {
            return NumericVersion.parse(a).compareTo(NumericVersion.parse(b));
        }

        @Override
        void check(String version) {
            NumericVersion.parse(version);
        }
    },

    /**
     * Semantic Versioning 2.0.0, precedence by its §11 (build metadata ignored), with an optional leading "v".
     */
    SEMANTIC("semantic") {
        @Override
        public int compare(String a, String b) {
            return SemanticVersion.parse(a).compareTo(SemanticVersion.parse(b));
        }

        @Override
        void check(String version) {
            SemanticVersion.parse(version);
        }
    },

    /**
     * Device firmware strings such as "Ver.1.08J": runs of digits compared as numbers and runs of letters compared
     * without case, a longer version above the one it extends (1.08 &lt; 1.08J). The full rule is on
     * {@link FirmwareVersion}.
     */
    FIRMWARE("firmware") {
        @Override
        public int compare(String a, String b) {
            return FirmwareVersion.parse(a).compareTo(FirmwareVersion.parse(b));
        }

        @Override
        void check(String version) {
            FirmwareVersion.parse(version);
        }
    },

    /**
     * The order in which the product's versions were entered, its release order, for version strings that no rule
     * orders ("2019 Spring", "Rev. C"). Comparing needs that list, so it is done by
     * {@link VersionOrder#of(VersionScheme, java.util.List)}; a version that is not in the list cannot be ordered.
     * Any text is a version except one that would break a range's notation ({@link VersionRange}).
     */
    LISTED("listed") {
        /**
         * Without the product's list, two listed versions are known to be equal only when spelt alike; anything
         * else needs the list.
         *
         * @throws InvalidVersionException for two different versions (use {@link VersionOrder})
         */
        @Override
        public int compare(String a, String b) {
            check(a);
            check(b);
            if (a.strip().equals(b.strip())) {
                return 0;
            }
            throw new InvalidVersionException("Listed versions are ordered by the product's own list of versions; "
                    + "compare them with VersionOrder.of(VersionScheme.LISTED, versions).");
        }

        @Override
        public boolean same(String a, String b) {
            check(a);
            check(b);
            return a.strip().equals(b.strip());
        }

        @Override
        void check(String version) {
            String stripped = version == null ? "" : version.strip();
            if (stripped.isEmpty()) {
                throw new InvalidVersionException("The version is empty.");
            }
            VersionRange.notationProblem(stripped).ifPresent(problem -> {
                throw new InvalidVersionException(problem);
            });
        }
    };

    private final String code;

    VersionScheme(String code) {
        this.code = code;
    }

    /** The stable lower-case name stored in the database: numeric, semantic, firmware or listed. */
    public String code() {
        return code;
    }

    /** @throws IllegalArgumentException for a code that names no scheme */
    public static VersionScheme fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown version scheme " + (code == null ? "null"
                        : InvalidVersionException.quoted(code)) + "; the schemes are " + Arrays.stream(values())
                        .map(VersionScheme::code).collect(Collectors.joining(", ")) + "."));
    }

    /**
     * Orders two versions of this scheme: negative, zero or positive as {@code a} is below, equal to or above
     * {@code b}.
     *
     * @throws InvalidVersionException if either is not a version of this scheme, or, for {@link #LISTED}, for two
     *         different versions, which only the product's {@link VersionOrder} can order
     */
    public abstract int compare(String a, String b);

    /**
     * Whether two spellings name one version (1.2 and 1.2.0 in the numeric scheme; for {@link #LISTED} only the same
     * text), which no product may list twice.
     *
     * @throws InvalidVersionException if either is not a version of this scheme
     */
    public boolean same(String a, String b) {
        return compare(a, b) == 0;
    }

    /**
     * Why {@code version} is not a version of this scheme, in English, or empty if it is one. For {@link #LISTED}
     * this checks the form only; whether the product has that version is {@link VersionOrder#problem(String)}.
     */
    public Optional<String> problem(String version) {
        try {
            check(version);
            return Optional.empty();
        } catch (InvalidVersionException e) {
            return Optional.of(e.getMessage());
        }
    }

    public boolean accepts(String version) {
        return problem(version).isEmpty();
    }

    /** @throws InvalidVersionException naming the problem */
    abstract void check(String version);
}
