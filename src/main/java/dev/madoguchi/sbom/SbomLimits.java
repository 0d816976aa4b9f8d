package dev.madoguchi.sbom;

/**
 * How much an SBOM may hold before it is refused, so that a hostile or broken file costs a bounded amount of memory
 * and time: at most {@code maxBytes + 1} bytes are ever read, no more than {@code maxNesting} levels of
 * {@code components[].components[]} are walked, and no more than {@code maxComponents} entries are listed.
 *
 * @param maxBytes      the largest accepted file, in bytes
 * @param maxNesting    the deepest accepted component: a top-level entry of {@code components} (or of
 *                      {@code metadata.component.components}) is at level 1, its own {@code components} at level 2
 * @param maxComponents the most component entries accepted, counted over every level
 */
public record SbomLimits(long maxBytes, int maxNesting, int maxComponents) {

    /** 50 MiB: a 5,000-component SBOM with hashes and licence texts is a few MiB; a whole distribution, tens. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    /** Deeper than any real firmware image (image, partition, package, library, file is five levels). */
    public static final int DEFAULT_MAX_NESTING = 64;
    /** Forty times the 5,000 components of a large product; a container image with every file listed stays below. */
    public static final int DEFAULT_MAX_COMPONENTS = 200_000;

    /** Arrays in Java hold fewer than 2^31 bytes; beyond that the file could not be buffered for the schema check. */
    static final long LARGEST_MAX_BYTES = Integer.MAX_VALUE - 16;
    /** The JSON parser and the schema validator recurse once per level; this keeps them far from the stack's end. */
    static final int LARGEST_MAX_NESTING = 256;

    public SbomLimits {
        if (maxBytes < 1 || maxBytes > LARGEST_MAX_BYTES) {
            throw new IllegalArgumentException("maxBytes must be between 1 and " + LARGEST_MAX_BYTES + ": " + maxBytes);
        }
        if (maxNesting < 1 || maxNesting > LARGEST_MAX_NESTING) {
            throw new IllegalArgumentException("maxNesting must be between 1 and " + LARGEST_MAX_NESTING + ": "
                    + maxNesting);
        }
        if (maxComponents < 0) {
            throw new IllegalArgumentException("maxComponents must not be negative: " + maxComponents);
        }
    }

    /** The default nesting and component limits with the given size limit. */
    public static SbomLimits ofMaxBytes(long maxBytes) {
        return new SbomLimits(maxBytes, DEFAULT_MAX_NESTING, DEFAULT_MAX_COMPONENTS);
    }

    public static SbomLimits defaults() {
        return ofMaxBytes(DEFAULT_MAX_BYTES);
    }

    /**
     * The deepest JSON nesting accepted: two levels (an object and its {@code components} array) per component level,
     * plus room for the objects inside the deepest component (e.g. {@code licenses[].license.text} or 1.6
     * {@code cryptoProperties.certificateProperties}) and for {@code metadata.component}.
     */
    int maxJsonDepth() {
        return 2 * maxNesting + 32;
    }
}
