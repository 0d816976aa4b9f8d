package dev.madoguchi.csaf.tracking;

import java.math.BigInteger;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document version as CSAF 2.0 §3.1.11.5 allows it: integer versioning ({@code 0}, {@code 1}, ...) or semantic
 * versioning 2.0.0 ({@code 1.4.0-rc.1+build.7}). Versions are ordered by semantic versioning precedence (§11 of that
 * specification: build metadata does not count, a pre-release comes before its release); an integer version {@code n}
 * ranks as {@code n.0.0}, so that a history mixing both (which §6.1.30 forbids) still has an order.
 */
public final class DocumentVersion implements Comparable<DocumentVersion> {

    private static final Pattern INTEGER = Pattern.compile("0|[1-9][0-9]*");
    private static final String NUMBER = "0|[1-9][0-9]*";
    private static final String PRE_RELEASE_PART = "(?:" + NUMBER + "|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)";
    private static final Pattern SEMANTIC = Pattern.compile("(" + NUMBER + ")\\.(" + NUMBER + ")\\.(" + NUMBER + ")"
            + "(?:-(" + PRE_RELEASE_PART + "(?:\\." + PRE_RELEASE_PART + ")*))?"
            + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private final String text;
    private final boolean integer;
    private final BigInteger major;
    private final BigInteger minor;
    private final BigInteger patch;
    private final List<String> preRelease;

    private DocumentVersion(String text, boolean integer, BigInteger major, BigInteger minor, BigInteger patch,
            List<String> preRelease) {
        this.text = text;
        this.integer = integer;
        this.major = major;
        this.minor = minor;
        this.patch = patch;
        this.preRelease = preRelease;
    }

    /** The version {@code text} stands for, or {@code null} when it is neither integer nor semantic versioning. */
    public static DocumentVersion parse(String text) {
        if (text == null) {
            return null;
        }
        if (INTEGER.matcher(text).matches()) {
            return new DocumentVersion(text, true, new BigInteger(text), BigInteger.ZERO, BigInteger.ZERO, List.of());
        }
        Matcher semantic = SEMANTIC.matcher(text);
        if (!semantic.matches()) {
            return null;
        }
        List<String> preRelease = semantic.group(4) == null ? List.of() : List.of(semantic.group(4).split("\\."));
        return new DocumentVersion(text, false, new BigInteger(semantic.group(1)), new BigInteger(semantic.group(2)),
                new BigInteger(semantic.group(3)), preRelease);
    }

    /** The version as written. */
    public String text() {
        return text;
    }

    public boolean isInteger() {
        return integer;
    }

    /** The integer version, or the major version of a semantic one. */
    public BigInteger major() {
        return major;
    }

    /** {@code 0} or {@code 0.y.z}: a version before the initial release (CSAF 2.0 §3.1.11.5). */
    public boolean isBeforeInitialRelease() {
        return major.signum() == 0;
    }

    /** Has a pre-release part ({@code 1.0.0-rc.1}); integer versions never have one. */
    public boolean isPreRelease() {
        return !preRelease.isEmpty();
    }

    @Override
    public int compareTo(DocumentVersion other) {
        int order = major.compareTo(other.major);
        if (order == 0) {
            order = minor.compareTo(other.minor);
        }
        if (order == 0) {
            order = patch.compareTo(other.patch);
        }
        return order != 0 ? order : comparePreRelease(preRelease, other.preRelease);
    }

    /** Semantic versioning 2.0.0 §11.3–11.4: no pre-release ranks highest; then identifier by identifier. */
    private static int comparePreRelease(List<String> mine, List<String> theirs) {
        if (mine.isEmpty() || theirs.isEmpty()) {
            return Boolean.compare(mine.isEmpty(), theirs.isEmpty());
        }
        for (int i = 0; i < Math.min(mine.size(), theirs.size()); i++) {
            int order = compareIdentifier(mine.get(i), theirs.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(mine.size(), theirs.size());
    }

    private static int compareIdentifier(String mine, String theirs) {
        boolean mineNumeric = DIGITS.matcher(mine).matches();
        boolean theirsNumeric = DIGITS.matcher(theirs).matches();
        if (mineNumeric && theirsNumeric) {
            return new BigInteger(mine).compareTo(new BigInteger(theirs));
        }
        if (mineNumeric || theirsNumeric) {
            return mineNumeric ? -1 : 1;
        }
        return mine.compareTo(theirs);
    }

    @Override
    public String toString() {
        return text;
    }
}
