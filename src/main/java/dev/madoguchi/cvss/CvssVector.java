package dev.madoguchi.cvss;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import us.springett.cvss.Cvss;
import us.springett.cvss.MalformedVectorException;

/**
 * A CVSS v3.1 or v4.0 base vector with its base score and qualitative severity, computed by us.springett
 * cvss-calculator (FIRST CVSS v3.1 specification §5, CVSS v4.0 specification §8). Plain Java.
 */
public record CvssVector(String version, String vector, double baseScore, String severity) {

    /**
     * @throws InvalidCvssVectorException naming the problem (unknown version, missing or repeated metric, bad value)
     */
    public static CvssVector parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidCvssVectorException("The vector is empty.");
        }
        String vector = text.strip();
        String version;
        if (vector.startsWith("CVSS:3.1/")) {
            version = "3.1";
        } else if (vector.startsWith("CVSS:4.0/")) {
            version = "4.0";
        } else {
            throw new InvalidCvssVectorException("Only CVSS:3.1/ and CVSS:4.0/ vectors are accepted.");
        }
        Set<String> seen = new HashSet<>();
        String[] parts = vector.split("/");
        for (int i = 1; i < parts.length; i++) {
            String metric = parts[i].contains(":") ? parts[i].substring(0, parts[i].indexOf(':')) : parts[i];
            if (!seen.add(metric)) {
                throw new InvalidCvssVectorException("Duplicate metric: " + metric);
            }
        }
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
        return new CvssVector(version, vector, score, severity(score));
    }

    /** Qualitative severity rating scale (CVSS v3.1 specification §5; the same bands in v4.0). */
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

    public String severityLowerCase() {
        return severity.toLowerCase(Locale.ROOT);
    }
}
