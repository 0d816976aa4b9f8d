package dev.madoguchi.advisories;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a reader asked the advisory list for: words to search, a product, a year, a minimum severity, a CVE ID and
 * the page. Anything malformed is dropped rather than refused, so a hand-edited address still lists advisories.
 */
record PortalFilter(String q, Long product, Integer year, String severity, String cve, int page) {

    static final int PAGE_SIZE = 20;
    private static final Pattern CVE = Pattern.compile("CVE-\\d{4}-\\d{4,19}");

    static PortalFilter of(String q, String product, String year, String severity, String cve, String page) {
        String words = q == null ? "" : q.strip();
        if (words.length() > 200) {
            words = words.substring(0, 200);
        }
        String cveId = cve == null ? "" : cve.strip().toUpperCase(Locale.ROOT);
        String level = severity == null ? "" : severity.strip().toLowerCase(Locale.ROOT);
        return new PortalFilter(words, number(product), yearOf(year), PortalSeverity.rank(level) > 0 ? level : "",
                CVE.matcher(cveId).matches() ? cveId : "", Math.max(1, Math.min(10_000, pageOf(page))));
    }

    int offset() {
        return (page - 1) * PAGE_SIZE;
    }

    private static Long number(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer yearOf(String text) {
        Long n = number(text);
        return n != null && n >= 1999 && n <= 9999 ? n.intValue() : null;
    }

    private static int pageOf(String text) {
        Long n = number(text);
        return n == null || n > Integer.MAX_VALUE ? 1 : n.intValue();
    }
}
