package dev.madoguchi.advisories;

import java.util.List;
import java.util.Locale;

/** The qualitative severities of CVSS v3.1 §5 and v4.0, in order, so the portal can filter "high and above". */
final class PortalSeverity {

    static final List<String> ORDER = List.of("none", "low", "medium", "high", "critical");

    private PortalSeverity() {
    }

    /** 1 for none up to 5 for critical; 0 for anything else. */
    static int rank(String severity) {
        return severity == null ? 0 : ORDER.indexOf(severity.toLowerCase(Locale.ROOT)) + 1;
    }
}
