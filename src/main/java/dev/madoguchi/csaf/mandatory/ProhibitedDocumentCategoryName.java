package dev.madoguchi.csaf.mandatory;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.NumberedTest;

import java.util.Locale;
import java.util.Set;

/**
 * CSAF 2.0 §6.1.26 Prohibited Document Category Name: a document of the profile "CSAF Base" (any category other than
 * the four values of the other profiles and {@code csaf_base}) does not take the name or value of another profile —
 * compared case-insensitively after removing every dash, hyphen, minus, white space and underscore character (in any
 * of their Unicode variants) — and does not start with the reserved prefix {@code csaf_} (in any case) unless it is
 * exactly {@code csaf_base}.
 */
public final class ProhibitedDocumentCategoryName extends NumberedTest {

    private static final String PATH = "/document/category";

    /** The values of CSAF 2.0's profiles (§4); a document with one of these is not tested. */
    private static final Set<String> PROFILE_VALUES = Set.of("csaf_base", "csaf_security_incident_response",
            "csaf_informational_advisory", "csaf_security_advisory", "csaf_vex");

    /** The names and values of the profiles other than "CSAF Base", normalized. */
    private static final Set<String> PROHIBITED = Set.of(
            normalized("Security incident response"), normalized("csaf_security_incident_response"),
            normalized("Informational Advisory"), normalized("csaf_informational_advisory"),
            normalized("Security Advisory"), normalized("csaf_security_advisory"),
            normalized("VEX"), normalized("csaf_vex"));

    private static final String RESERVED_PREFIX = "csaf_";

    public ProhibitedDocumentCategoryName() {
        super("6.1.26");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        String category = document.document().get("category").text();
        if (category == null || PROFILE_VALUES.contains(category)) {
            return;
        }
        if (PROHIBITED.contains(normalized(category))) {
            findings.add(PATH, "The category " + category + " is the name or value of another profile than "
                    + "CSAF Base, written differently.");
        } else if (category.regionMatches(true, 0, RESERVED_PREFIX, 0, RESERVED_PREFIX.length())) {
            findings.add(PATH, "The category " + category + " starts with the reserved prefix csaf_.");
        }
    }

    /** Lower case, without dash, hyphen, minus, white space and underscore characters. */
    static String normalized(String value) {
        StringBuilder kept = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (!isSeparator(c)) {
                kept.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return kept.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isSeparator(int c) {
        int type = Character.getType(c);
        return type == Character.DASH_PUNCTUATION // hyphen-minus, hyphens, figure/en/em dash, horizontal bar, ...
                || type == Character.CONNECTOR_PUNCTUATION // low line, fullwidth low line, ...
                || Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\u00AD' // soft hyphen
                || c == '\u2212' || c == '\u2796' // minus signs
                || c == '\u0332' || c == '\u0333' || c == '\u2017'; // combining and double low lines
    }
}
