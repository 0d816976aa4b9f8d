package dev.madoguchi.versions;

import static dev.madoguchi.versions.InvalidVersionException.quoted;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reading and writing {@link VersionRange}: the house notation ({@code >= 1.0, < 1.20}) both ways, and the purl-spec
 * VERS form ({@code vers:generic/>=1.0|<1.20}) out.
 */
final class VersionRangeNotation {

    private static final String EXAMPLES = " Write a range such as \">= 1.0, < 1.20\", \"<= 2.3\", \"= 1.5\" or \"*\".";

    /** VERS §"versioning-scheme": lower case, as purl types are. */
    private static final Pattern VERS_SCHEME = Pattern.compile("[a-z][a-z0-9.+-]*");

    /** VERS: "If a version contains separator or comparator characters (i.e. ><=!*|), it must be quoted". */
    private static final String VERS_RESERVED = "><=!*|%";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private VersionRangeNotation() {
    }

    private record Comparison(String operator, String version) {

        boolean isLower() {
            return operator.startsWith(">");
        }

        boolean isUpper() {
            return operator.startsWith("<");
        }
    }

    static VersionRange parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidVersionRangeException("The range is empty." + EXAMPLES);
        }
        String range = text.strip();
        if (range.equals("*")) {
            return VersionRange.all();
        }
        String[] parts = range.split(",", -1);
        if (parts.length > 2) {
            throw new InvalidVersionRangeException(quoted(range) + " has more than two parts; a range has at most a "
                    + "lower bound and an upper bound." + EXAMPLES);
        }
        List<Comparison> comparisons = new ArrayList<>();
        for (String part : parts) {
            comparisons.add(comparison(range, part.strip()));
        }
        if (comparisons.size() == 1) {
            Comparison only = comparisons.get(0);
            return switch (only.operator()) {
                case "=" -> VersionRange.exactly(only.version());
                case ">=", ">" -> new VersionRange(only.version(), only.operator().equals(">="), null, false);
                default -> new VersionRange(null, false, only.version(), only.operator().equals("<="));
            };
        }
        Comparison first = comparisons.get(0);
        Comparison second = comparisons.get(1);
        if (first.operator().equals("=") || second.operator().equals("=")) {
            throw new InvalidVersionRangeException(quoted(range) + " combines one exact version with another bound; "
                    + "write either \"= v\" alone or a lower and an upper bound.");
        }
        if (first.isLower() == second.isLower()) {
            throw new InvalidVersionRangeException(quoted(range) + " has two " + (first.isLower() ? "lower" : "upper")
                    + " bounds; a range has at most one lower bound (> or >=) and one upper bound (< or <=).");
        }
        Comparison lower = first.isLower() ? first : second;
        Comparison upper = first.isUpper() ? first : second;
        return new VersionRange(lower.version(), lower.operator().equals(">="), upper.version(),
                upper.operator().equals("<="));
    }

    private static Comparison comparison(String range, String part) {
        if (part.isEmpty()) {
            throw new InvalidVersionRangeException(quoted(range) + " has an empty part beside its comma." + EXAMPLES);
        }
        if (part.equals("*")) {
            throw new InvalidVersionRangeException(quoted(range) + " combines \"*\" with a bound; \"*\" (all versions) "
                    + "stands alone.");
        }
        if (part.startsWith("!=")) {
            throw new InvalidVersionRangeException(quoted(range) + " uses \"!=\", which is not supported: a range is "
                    + "one interval of versions.");
        }
        for (String operator : List.of(">=", "<=", ">", "<", "=")) {
            if (part.startsWith(operator)) {
                String version = part.substring(operator.length()).strip();
                if (version.isEmpty()) {
                    throw new InvalidVersionRangeException(quoted(range) + ": " + quoted(operator)
                            + " is not followed by a version." + EXAMPLES);
                }
                return new Comparison(operator, version);
            }
        }
        return new Comparison("=", part);
    }

    static String house(VersionRange range) {
        if (range.isAll()) {
            return "*";
        }
        if (range.isExact()) {
            return "= " + range.lower();
        }
        List<String> bounds = new ArrayList<>();
        if (range.lower() != null) {
            bounds.add((range.lowerInclusive() ? ">= " : "> ") + range.lower());
        }
        if (range.upper() != null) {
            bounds.add((range.upperInclusive() ? "<= " : "< ") + range.upper());
        }
        return String.join(", ", bounds);
    }

    static String vers(VersionRange range, String versioningScheme) {
        if (versioningScheme == null || !VERS_SCHEME.matcher(versioningScheme).matches()) {
            throw new IllegalArgumentException("A VERS versioning scheme is lower-case letters and digits, such as "
                    + "generic or semver, not " + (versioningScheme == null ? "null" : quoted(versioningScheme))
                    + ".");
        }
        String prefix = "vers:" + versioningScheme + "/";
        if (range.isAll()) {
            return prefix + "*";
        }
        if (range.isExact()) {
            return prefix + encoded(range.lower());
        }
        List<String> constraints = new ArrayList<>();
        if (range.lower() != null) {
            constraints.add((range.lowerInclusive() ? ">=" : ">") + encoded(range.lower()));
        }
        if (range.upper() != null) {
            constraints.add((range.upperInclusive() ? "<=" : "<") + encoded(range.upper()));
        }
        return prefix + String.join("|", constraints);
    }

    /**
     * VERS allows only printable ASCII and removes blanks, so a version keeps its blanks, other characters and the
     * reserved ones only percent-encoded (RFC 3986 §2.1, from UTF-8 bytes).
     */
    private static String encoded(String version) {
        StringBuilder out = new StringBuilder();
        for (byte b : version.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c > 0x20 && c < 0x7F && VERS_RESERVED.indexOf(c) < 0) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
            }
        }
        return out.toString();
    }
}
