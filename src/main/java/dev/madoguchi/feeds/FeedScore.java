package dev.madoguchi.feeds;

import java.util.List;
import java.util.Locale;

/**
 * A CVSS base score as JVNRSS writes it in {@code sec:cvss} (mod_sec 3.0: attributes {@code version}, {@code score},
 * {@code severity}, {@code vector}, {@code type="Base"}).
 *
 * @param version  the CVSS version, e.g. {@code "3.0"}, {@code "3.1"} or {@code "4.0"}
 * @param vector   the vector string as scored, e.g. {@code CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H}
 * @param score    the base score, 0.0 to 10.0
 * @param severity the qualitative rating in JVN's words: {@code None}, {@code Low}, {@code Medium}, {@code High} or
 *                 {@code Critical}; read in any letter case and stored as JVN spells it. {@link #of} derives it.
 */
public record FeedScore(String version, String vector, double score, String severity) {

    private static final List<String> SEVERITIES = List.of("None", "Low", "Medium", "High", "Critical");

    /** @throws IllegalArgumentException if a field is missing, the score is out of range or the severity unknown */
    public FeedScore {
        version = FeedValues.required(version, "CVSS version");
        vector = FeedValues.required(vector, "CVSS vector");
        if (!(score >= 0.0 && score <= 10.0)) {
            throw new IllegalArgumentException("A CVSS score lies between 0.0 and 10.0, not " + score + ".");
        }
        severity = spelledAsJvn(FeedValues.required(severity, "CVSS severity"));
    }

    /**
     * The score with its severity taken from the qualitative severity rating scale, which CVSS v3.0 §5, v3.1 §5 and
     * v4.0 §6 define alike: 0.0 None, 0.1–3.9 Low, 4.0–6.9 Medium, 7.0–8.9 High, 9.0–10.0 Critical.
     */
    public static FeedScore of(String version, String vector, double score) {
        String severity;
        if (score == 0.0) {
            severity = "None";
        } else if (score < 4.0) {
            severity = "Low";
        } else if (score < 7.0) {
            severity = "Medium";
        } else if (score < 9.0) {
            severity = "High";
        } else {
            severity = "Critical";
        }
        return new FeedScore(version, vector, score, severity);
    }

    /** The score with one decimal, as CVSS writes it, whatever the default locale's decimal separator. */
    String scoreText() {
        return String.format(Locale.ROOT, "%.1f", score);
    }

    private static String spelledAsJvn(String severity) {
        return SEVERITIES.stream().filter(word -> word.equalsIgnoreCase(severity)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown CVSS severity: " + severity
                        + " (expected one of " + SEVERITIES + ")."));
    }
}
