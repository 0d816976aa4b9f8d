package dev.madoguchi.versions;

import static dev.madoguchi.versions.InvalidVersionException.quoted;

import java.util.List;
import java.util.Optional;

/**
 * A set of a product's versions, stored as data rather than prose: an optional lower bound and an optional upper
 * bound, each inclusive or not. The same version as both bounds, both inclusive, is that one version; no bound at all
 * is every version. Blanks around versions are dropped; an absent bound is never inclusive.
 *
 * <p>The house notation, read by {@link #parse(String)} and written by {@link #toString()}: {@code >= 1.0, < 1.20};
 * {@code > 1.0}; {@code <= 2.3}; {@code = 1.5} (or a bare {@code 1.5}); {@code *} for all versions. It maps onto the
 * purl-spec VERS constraints ({@link #toVers(String)}) and onto CVE JSON 5 {@code version} with {@code lessThan} or
 * {@code lessThanOrEqual}, though CVE JSON 5 has no exclusive lower bound: "&gt; 1.0" must be written there from the
 * product's next version.
 *
 * <p>Whether a version is inside depends on the product's {@link VersionOrder}, so every method that compares takes
 * one. A range read from the database or a form should go through {@link #validate(VersionOrder)} (or
 * {@link #parse(String, VersionOrder)}), which refuses bounds the order cannot read and ranges that cover nothing.
 */
public record VersionRange(String lower, boolean lowerInclusive, String upper, boolean upperInclusive) {

    /** @throws InvalidVersionRangeException if a bound is blank or would not survive the notation */
    public VersionRange {
        lower = bound(lower, "lower");
        upper = bound(upper, "upper");
        lowerInclusive = lower != null && lowerInclusive;
        upperInclusive = upper != null && upperInclusive;
    }

    private static String bound(String version, String which) {
        if (version == null) {
            return null;
        }
        String stripped = version.strip();
        if (stripped.isEmpty()) {
            throw new InvalidVersionRangeException("The " + which + " bound is blank; a range without one leaves "
                    + "it out (null).");
        }
        notationProblem(stripped).ifPresent(problem -> {
            throw new InvalidVersionRangeException(problem);
        });
        return stripped;
    }

    /** Every version. */
    public static VersionRange all() {
        return new VersionRange(null, false, null, false);
    }

    /** Exactly {@code version}, and the versions equal to it in the product's order. */
    public static VersionRange exactly(String version) {
        if (version == null) {
            throw new InvalidVersionRangeException("The version is missing.");
        }
        return new VersionRange(version, true, version, true);
    }

    public boolean isAll() {
        return lower == null && upper == null;
    }

    public boolean isExact() {
        return lower != null && lowerInclusive && upperInclusive && lower.equals(upper);
    }

    /**
     * Reads the house notation: one or two comparisons separated by a comma, at most one lower ({@code >},
     * {@code >=}) and one upper ({@code <}, {@code <=}); or {@code = v}, a bare {@code v}, or {@code *}. Blanks
     * between the parts do not matter.
     *
     * @throws InvalidVersionRangeException naming what is wrong
     */
    public static VersionRange parse(String text) {
        return VersionRangeNotation.parse(text);
    }

    /**
     * {@link #parse(String)} then {@link #validate(VersionOrder)}.
     *
     * @throws InvalidVersionRangeException naming what is wrong
     */
    public static VersionRange parse(String text, VersionOrder order) {
        return parse(text).validate(order);
    }

    /**
     * Checks the range against the product's order and returns it: each bound must be a version the order can
     * compare, the lower bound must not be above the upper, and the range must cover some version, so
     * {@code >= 2.0, < 1.0} and {@code >= 1.0, < 1.0} are refused. Two different spellings of one version as the two
     * inclusive bounds ({@code >= 1.5, <= 1.5.0} in the numeric scheme) are refused too, because the purl-spec VERS
     * allows a version only once per range; {@code = 1.5} says the same.
     *
     * @throws InvalidVersionRangeException naming what is wrong
     */
    public VersionRange validate(VersionOrder order) {
        if (isExact()) {
            order.problem(lower).ifPresent(problem -> {
                throw new InvalidVersionRangeException("The version is not valid. " + problem);
            });
            return this;
        }
        if (lower != null) {
            order.problem(lower).ifPresent(problem -> {
                throw new InvalidVersionRangeException("The lower bound is not valid. " + problem);
            });
        }
        if (upper != null) {
            order.problem(upper).ifPresent(problem -> {
                throw new InvalidVersionRangeException("The upper bound is not valid. " + problem);
            });
        }
        if (lower == null || upper == null) {
            return this;
        }
        int c = order.compare(lower, upper);
        if (c > 0) {
            throw new InvalidVersionRangeException(quoted(toString()) + " covers no version: its lower bound " + lower
                    + " is above its upper bound " + upper + ".");
        }
        if (c == 0 && !(lowerInclusive && upperInclusive)) {
            throw new InvalidVersionRangeException(quoted(toString()) + " covers no version: its bounds meet at "
                    + lower + " and exclude it.");
        }
        if (c == 0) {
            throw new InvalidVersionRangeException(quoted(toString()) + " names one version twice (" + lower + " and "
                    + upper + " are equal in this product's order); write " + quoted("= " + lower) + ".");
        }
        return this;
    }

    /**
     * Whether no version lies between the bounds: the lower is above the upper, or they are equal and one excludes
     * it. The order is taken as dense, so a range is not empty merely because no version of the product happens to
     * lie strictly between its bounds.
     */
    public boolean isEmpty(VersionOrder order) {
        if (lower == null || upper == null) {
            return false;
        }
        int c = order.compare(lower, upper);
        return c > 0 || c == 0 && !(lowerInclusive && upperInclusive);
    }

    /** @throws InvalidVersionException if the order cannot compare {@code version} or a bound */
    public boolean contains(String version, VersionOrder order) {
        if (lower != null) {
            int c = order.compare(version, lower);
            if (c < 0 || c == 0 && !lowerInclusive) {
                return false;
            }
        }
        if (upper != null) {
            int c = order.compare(version, upper);
            if (c > 0 || c == 0 && !upperInclusive) {
                return false;
            }
        }
        if (isAll()) {
            order.problem(version).ifPresent(problem -> {
                throw new InvalidVersionException(problem);
            });
        }
        return true;
    }

    /**
     * The versions of {@code versions} that this range contains, from the lowest to the highest in {@code order}
     * (the order the range itself is read in).
     *
     * @throws InvalidVersionException if the order cannot compare one of them
     */
    public List<String> covered(List<String> versions, VersionOrder order) {
        return order.sorted(versions.stream().filter(v -> contains(v, order)).toList());
    }

    /**
     * Whether some version lies in both ranges. Bounds that meet overlap only if both include the meeting version:
     * {@code < 1.2} and {@code >= 1.2} do not overlap, {@code <= 1.2} and {@code >= 1.2} do. A range that covers no
     * version overlaps nothing. The order is taken as dense ({@link #isEmpty(VersionOrder)}), so two ranges with no
     * product version between their bounds may still be said to overlap, which errs on the safe side when
     * conflicting statements about one version are refused.
     *
     * @throws InvalidVersionException if the order cannot compare the bounds
     */
    public boolean overlaps(VersionRange other, VersionOrder order) {
        if (isEmpty(order) || other.isEmpty(order)) {
            return false;
        }
        return !entirelyBelow(this, other, order) && !entirelyBelow(other, this, order);
    }

    private static boolean entirelyBelow(VersionRange a, VersionRange b, VersionOrder order) {
        if (a.upper == null || b.lower == null) {
            return false;
        }
        int c = order.compare(a.upper, b.lower);
        return c < 0 || c == 0 && !(a.upperInclusive && b.lowerInclusive);
    }

    /** The house notation: {@code >= 1.0, < 1.20}, {@code = 1.5}, {@code *}. {@link #parse(String)} reads it back. */
    @Override
    public String toString() {
        return VersionRangeNotation.house(this);
    }

    /**
     * The purl-spec VERS form (https://github.com/package-url/vers-spec): {@code vers:generic/>=1.0|<1.20},
     * {@code vers:generic/1.5} for one version, {@code vers:generic/*} for all. Constraints come lowest version
     * first; characters VERS reserves ({@code ><=!*|}), the percent sign, blanks and anything outside printable
     * ASCII are percent-encoded from UTF-8.
     *
     * @param versioningScheme the VERS versioning scheme, lower case, such as {@code generic}, {@code semver} or
     *        {@code intdot}
     * @throws IllegalArgumentException if {@code versioningScheme} is not a lower-case VERS scheme name
     */
    public String toVers(String versioningScheme) {
        return VersionRangeNotation.vers(this, versioningScheme);
    }

    /**
     * Why {@code version} (already stripped) cannot stand in the house notation, or empty: a comma separates the
     * bounds, a leading {@code <}, {@code >}, {@code =} or {@code !} would be read as a comparison, {@code *} means
     * all versions, and control characters cannot be shown.
     */
    static Optional<String> notationProblem(String version) {
        if (version.contains(",")) {
            return Optional.of(quoted(version) + " cannot be a version: a comma separates the bounds of a range.");
        }
        if (version.equals("*")) {
            return Optional.of("\"*\" cannot be a version: it stands for all versions.");
        }
        if ("<>=!".indexOf(version.charAt(0)) >= 0) {
            return Optional.of(quoted(version) + " cannot be a version: it starts with "
                    + quoted(version.substring(0, 1)) + ", which a range reads as a comparison.");
        }
        if (version.chars().anyMatch(Character::isISOControl)) {
            return Optional.of(quoted(version) + " cannot be a version: it contains a control character.");
        }
        return Optional.empty();
    }
}
