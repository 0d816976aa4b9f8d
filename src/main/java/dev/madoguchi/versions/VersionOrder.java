package dev.madoguchi.versions;

import static dev.madoguchi.versions.InvalidVersionException.quoted;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The order of one product's versions: its {@link VersionScheme} together with the versions entered for it, oldest
 * release first. Only {@link VersionScheme#LISTED} takes the order from that list; the other schemes order any
 * version they can read, including versions not released yet, since a range such as "&lt; 2.0" speaks of those too.
 *
 * <p>Ranges ({@link VersionRange}) and the lists of versions they cover are computed with this one comparator, so
 * a range and its listing cannot disagree.
 */
public final class VersionOrder implements Comparator<String> {

    private final VersionScheme scheme;
    private final List<String> knownVersions;
    private final Map<String, Integer> releasePosition;

    private VersionOrder(VersionScheme scheme, List<String> knownVersions, Map<String, Integer> releasePosition) {
        this.scheme = scheme;
        this.knownVersions = knownVersions;
        this.releasePosition = releasePosition;
    }

    /**
     * The order of a scheme that needs no list of versions.
     *
     * @throws IllegalArgumentException for {@link VersionScheme#LISTED}, which is ordered by the product's list
     */
    public static VersionOrder of(VersionScheme scheme) {
        if (scheme == VersionScheme.LISTED) {
            throw new IllegalArgumentException("The listed scheme is ordered by the product's versions in release "
                    + "order; give them with VersionOrder.of(VersionScheme.LISTED, versions).");
        }
        return of(scheme, List.of());
    }

    /**
     * The order of a product whose versions, oldest release first, are {@code knownVersionsInReleaseOrder} (blanks
     * around each are ignored).
     *
     * @throws InvalidVersionException if one of them is not a version of the scheme, or, for
     *         {@link VersionScheme#LISTED}, if one is listed twice (it would have two places in the order)
     */
    public static VersionOrder of(VersionScheme scheme, List<String> knownVersionsInReleaseOrder) {
        if (scheme == null) {
            throw new IllegalArgumentException("A version order needs a scheme.");
        }
        List<String> known = new ArrayList<>();
        Map<String, Integer> position = new HashMap<>();
        for (String version : knownVersionsInReleaseOrder) {
            scheme.problem(version).ifPresent(problem -> {
                throw new InvalidVersionException(problem);
            });
            String stripped = version.strip();
            if (scheme == VersionScheme.LISTED && position.containsKey(stripped)) {
                throw new InvalidVersionException(quoted(stripped) + " is listed twice; each version has one place "
                        + "in the release order.");
            }
            position.put(stripped, known.size());
            known.add(stripped);
        }
        return new VersionOrder(scheme, List.copyOf(known),
                scheme == VersionScheme.LISTED ? Map.copyOf(position) : Map.of());
    }

    public VersionScheme scheme() {
        return scheme;
    }

    /** The product's versions as given, oldest release first, without surrounding blanks. */
    public List<String> knownVersions() {
        return knownVersions;
    }

    /**
     * Why {@code version} cannot be ordered here, in English, or empty if it can: not a version of the scheme, or,
     * for {@link VersionScheme#LISTED}, not one of the product's versions.
     */
    public Optional<String> problem(String version) {
        Optional<String> problem = scheme.problem(version);
        if (problem.isPresent() || scheme != VersionScheme.LISTED) {
            return problem;
        }
        String stripped = version.strip();
        if (!releasePosition.containsKey(stripped)) {
            return Optional.of(quoted(stripped) + " is not one of the product's versions. Its versions are ordered "
                    + "as they were listed, so a version must be added to the product before it can be compared.");
        }
        return Optional.empty();
    }

    public boolean accepts(String version) {
        return problem(version).isEmpty();
    }

    /**
     * @throws InvalidVersionException if either version cannot be ordered here ({@link #problem(String)})
     */
    @Override
    public int compare(String a, String b) {
        if (scheme != VersionScheme.LISTED) {
            return scheme.compare(a, b);
        }
        return Integer.compare(position(a), position(b));
    }

    private int position(String version) {
        problem(version).ifPresent(problem -> {
            throw new InvalidVersionException(problem);
        });
        return releasePosition.get(version.strip());
    }

    /** {@code versions} from the lowest to the highest; versions equal in this order keep their given order. */
    public List<String> sorted(Collection<String> versions) {
        List<String> sorted = new ArrayList<>(versions);
        sorted.sort(this);
        return List.copyOf(sorted);
    }

    @Override
    public String toString() {
        return scheme == VersionScheme.LISTED ? "listed " + knownVersions : scheme.code();
    }
}
