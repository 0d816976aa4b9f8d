package dev.madoguchi.csaf.tracking;

import dev.madoguchi.csaf.CsafDocument;

/** {@code /document/tracking/status} and {@code /document/tracking/version} as the version tests read them. */
final class TrackingStatus {

    static final String STATUS_PATH = "/document/tracking/status";
    static final String VERSION_PATH = "/document/tracking/version";

    private TrackingStatus() {
    }

    /** The status as written, or {@code null} when it is no string. */
    static String status(CsafDocument document) {
        return document.document().get("tracking").get("status").text();
    }

    /** The version as written, or {@code null} when it is no string. */
    static String version(CsafDocument document) {
        return document.document().get("tracking").get("version").text();
    }

    /** {@code final} or {@code interim}: a status CSAF 2.0 §6.1.18 and §6.1.20 hold to released versions. */
    static boolean isReleased(String status) {
        return "final".equals(status) || "interim".equals(status);
    }
}
