package dev.madoguchi.versions;

import static dev.madoguchi.versions.InvalidVersionException.quoted;

import java.util.List;

/**
 * A version of {@link VersionScheme#SEMANTIC}: Semantic Versioning 2.0.0 (https://semver.org/spec/v2.0.0.html),
 * optionally written with a leading "v" as in Git tags ("v1.2.3"). Build metadata is checked (§10) but not kept,
 * because precedence ignores it (§11).
 */
record SemanticVersion(String major, String minor, String patch, List<String> preRelease)
        implements Comparable<SemanticVersion> {

    private static final String EXAMPLE = " Write MAJOR.MINOR.PATCH, such as 1.4.2 or 2.0.0-rc.1.";

    SemanticVersion {
        preRelease = List.copyOf(preRelease);
    }

    /** @throws InvalidVersionException naming the rule of SemVer 2.0.0 the text breaks */
    static SemanticVersion parse(String text) {
        String version = text == null ? "" : text.strip();
        if (version.isEmpty()) {
            throw new InvalidVersionException("The version is empty.");
        }
        String rest = version.startsWith("v") || version.startsWith("V") ? version.substring(1) : version;
        int plus = rest.indexOf('+');
        if (plus >= 0) {
            identifiers(version, rest.substring(plus + 1), "build metadata", "§10", false);
            rest = rest.substring(0, plus);
        }
        List<String> preRelease = List.of();
        int hyphen = rest.indexOf('-');
        if (hyphen >= 0) {
            preRelease = identifiers(version, rest.substring(hyphen + 1), "pre-release", "§9", true);
            rest = rest.substring(0, hyphen);
        }
        String[] core = rest.split("\\.", -1);
        if (core.length != 3) {
            throw new InvalidVersionException(quoted(version) + " is not a semantic version: it needs exactly three "
                    + "numbers, MAJOR.MINOR.PATCH (SemVer 2.0.0 §2)." + EXAMPLE);
        }
        for (String number : core) {
            if (!Numerals.isDigits(number)) {
                throw new InvalidVersionException(quoted(version) + " is not a semantic version: "
                        + quoted(number) + " is not a whole number (SemVer 2.0.0 §2)." + EXAMPLE);
            }
            if (number.length() > 1 && number.startsWith("0")) {
                throw new InvalidVersionException(quoted(version) + " is not a semantic version: "
                        + quoted(number) + " has a leading zero, which SemVer 2.0.0 §2 forbids.");
            }
        }
        return new SemanticVersion(core[0], core[1], core[2], preRelease);
    }

    /**
     * Dot-separated identifiers of ASCII letters, digits and hyphens, none empty (§9 for pre-release, §10 for build
     * metadata); numeric pre-release identifiers without leading zeros (§9).
     */
    private static List<String> identifiers(String version, String text, String what, String section,
            boolean numbersWithoutLeadingZeros) {
        String[] identifiers = text.split("\\.", -1);
        for (String identifier : identifiers) {
            if (identifier.isEmpty()) {
                throw new InvalidVersionException(quoted(version) + " is not a semantic version: its " + what
                        + " has an empty identifier (SemVer 2.0.0 " + section + ").");
            }
            for (int i = 0; i < identifier.length(); i++) {
                char c = identifier.charAt(i);
                if (!Numerals.isDigit(c) && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && c != '-') {
                    throw new InvalidVersionException(quoted(version) + " is not a semantic version: its " + what
                            + " may only use ASCII letters, digits, hyphens and dots, not " + quoted(String.valueOf(c))
                            + " (SemVer 2.0.0 " + section + ").");
                }
            }
            if (numbersWithoutLeadingZeros && Numerals.isDigits(identifier) && identifier.length() > 1
                    && identifier.startsWith("0")) {
                throw new InvalidVersionException(quoted(version) + " is not a semantic version: the numeric "
                        + what + " identifier " + quoted(identifier) + " has a leading zero (SemVer 2.0.0 " + section
                        + ").");
            }
        }
        return List.of(identifiers);
    }

    /**
     * Precedence by SemVer 2.0.0 §11: MAJOR, MINOR and PATCH numerically (§11.2); a pre-release below its release
     * (§11.3); pre-release identifiers one by one, numbers numerically, numbers below text, text in ASCII order, and
     * a longer list above a shorter one it begins with (§11.4).
     */
    @Override
    public int compareTo(SemanticVersion other) {
        int c = Numerals.compare(major, other.major);
        if (c == 0) {
            c = Numerals.compare(minor, other.minor);
        }
        if (c == 0) {
            c = Numerals.compare(patch, other.patch);
        }
        if (c != 0) {
            return c;
        }
        if (preRelease.isEmpty() || other.preRelease.isEmpty()) {
            return Boolean.compare(preRelease.isEmpty(), other.preRelease.isEmpty());
        }
        int length = Math.min(preRelease.size(), other.preRelease.size());
        for (int i = 0; i < length; i++) {
            c = compareIdentifiers(preRelease.get(i), other.preRelease.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(preRelease.size(), other.preRelease.size());
    }

    private static int compareIdentifiers(String a, String b) {
        boolean aNumeric = Numerals.isDigits(a);
        boolean bNumeric = Numerals.isDigits(b);
        if (aNumeric && bNumeric) {
            return Numerals.compare(a, b);
        }
        if (aNumeric || bNumeric) {
            return aNumeric ? -1 : 1;
        }
        return Integer.signum(a.compareTo(b));
    }
}
