package dev.madoguchi.cvss;

import java.util.Locale;

import us.springett.cvss.Cvss;
import us.springett.cvss.MalformedVectorException;

/**
 * A CVSS vector with its score and qualitative severity, the score computed by us.springett cvss-calculator.
 * Plain Java.
 *
 * <p>New entries take CVSS v3.1 or v4.0 ({@link #parse}). Imported data may also carry CVSS v3.0 or v2 vectors,
 * which {@link #read} accepts and scores but which are never accepted as new input.
 *
 * <p>{@code baseScore} is, for v2, v3.0 and v3.1, the Base score (v2 guide §3.2.1; v3.1 specification §7.1, with
 * Roundup as in Appendix A; v3.0 specification Base equations with its own round-up), whatever temporal or
 * environmental metrics the vector also carries. For v4.0 it is the single CVSS v4.0 score of all the metrics the
 * vector carries (v4.0 specification §8): CVSS-B for a base-only vector, CVSS-BT, -BE or -BTE otherwise.
 *
 * @param version "2.0", "3.0", "3.1" or "4.0"
 * @param vector the vector as given, surrounding whitespace removed
 * @param severity NONE, LOW, MEDIUM, HIGH or CRITICAL (v3.x, v4.0); LOW, MEDIUM or HIGH for v2 (see
 *        {@link #v2Severity})
 */
public record CvssVector(String version, String vector, double baseScore, String severity) {

    /**
     * Reads a vector entered now: CVSS v3.1 or v4.0 only.
     *
     * @throws InvalidCvssVectorException naming the problem: a v3.0 or v2 vector (read-only, a new entry needs 3.1
     *         or 4.0), an unknown version, an empty or malformed part, an unknown, repeated or missing metric, or a
     *         value the metric does not allow
     */
    public static CvssVector parse(String text) {
        String vector = nonBlank(text);
        String version = version(vector);
        if (version.equals("3.0")) {
            throw new InvalidCvssVectorException("CVSS v3.0 vectors are read only for imported data: "
                    + "a new entry needs a CVSS:3.1/ or CVSS:4.0/ vector.");
        }
        if (version.equals("2.0")) {
            if (vector.contains("Au:")) {
                throw new InvalidCvssVectorException("CVSS v2 vectors are read only for imported data: "
                        + "a new entry needs a CVSS:3.1/ or CVSS:4.0/ vector.");
            }
            throw new InvalidCvssVectorException("The vector must start with CVSS:3.1/ or CVSS:4.0/.");
        }
        return score(version, vector);
    }

    /**
     * Reads a vector from imported data: CVSS v3.1 and v4.0 as {@link #parse} does, and also CVSS v3.0
     * ({@code CVSS:3.0/...}) and v2 (no prefix, {@code AV:N/AC:L/Au:N/C:P/I:P/A:P}).
     *
     * @throws InvalidCvssVectorException naming the problem, as {@link #parse} does
     */
    public static CvssVector read(String text) {
        String vector = nonBlank(text);
        return score(version(vector), vector);
    }

    /** Whether {@link #parse} accepts this version for a new entry (3.1 and 4.0). */
    public boolean acceptedForNewEntries() {
        return version.equals("3.1") || version.equals("4.0");
    }

    public String severityLowerCase() {
        return severity.toLowerCase(Locale.ROOT);
    }

    /**
     * Qualitative Severity Rating Scale of CVSS v3.1 specification §5, the same bands in v3.0 and v4.0:
     * None 0.0, Low 0.1-3.9, Medium 4.0-6.9, High 7.0-8.9, Critical 9.0-10.0.
     */
    static String severity(double score) {
        if (score == 0.0) {
            return "NONE";
        }
        if (score < 4.0) {
            return "LOW";
        }
        if (score < 7.0) {
            return "MEDIUM";
        }
        if (score < 9.0) {
            return "HIGH";
        }
        return "CRITICAL";
    }

    /**
     * CVSS v2 defines no qualitative severity scale; this is the one NVD applies to v2 scores: Low 0.0-3.9,
     * Medium 4.0-6.9, High 7.0-10.0 (no None, no Critical).
     */
    static String v2Severity(double score) {
        if (score < 4.0) {
            return "LOW";
        }
        if (score < 7.0) {
            return "MEDIUM";
        }
        return "HIGH";
    }

    private static String nonBlank(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidCvssVectorException("The vector is empty.");
        }
        return text.strip();
    }

    /** The version named by the prefix (CVSS v3.1 specification §6); a vector without one is v2 (v2 guide §2.4). */
    private static String version(String vector) {
        if (!vector.startsWith("CVSS:")) {
            return "2.0";
        }
        int slash = vector.indexOf('/');
        String prefix = slash < 0 ? vector : vector.substring(0, slash);
        String version = prefix.substring("CVSS:".length());
        if (!version.equals("3.0") && !version.equals("3.1") && !version.equals("4.0")) {
            throw new InvalidCvssVectorException(prefix + " is not a CVSS version this desk reads: "
                    + "use CVSS:3.1/ or CVSS:4.0/ (CVSS:3.0/ and v2 are read for imported data only).");
        }
        if (slash < 0 || slash == vector.length() - 1) {
            throw new InvalidCvssVectorException("The vector has no metrics after " + prefix + ".");
        }
        return version;
    }

    private static CvssVector score(String version, String vector) {
        CvssGrammar.check(version, version.equals("2.0") ? vector : vector.substring("CVSS:x.y/".length()));
        Cvss cvss;
        try {
            cvss = Cvss.fromVector(vector);
        } catch (MalformedVectorException e) {
            throw new InvalidCvssVectorException(e.getMessage());
        }
        if (cvss == null) {
            throw new InvalidCvssVectorException("The vector does not parse.");
        }
        double score = cvss.calculateScore().getBaseScore();
        return new CvssVector(version, vector, score, version.equals("2.0") ? v2Severity(score) : severity(score));
    }
}
