package dev.madoguchi.csaf.optional;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonValue;
import dev.madoguchi.csaf.NumberedTest;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * CSAF 2.0 §6.2.11 Missing Canonical URL: one item of {@code /document/references} has the category {@code self} and a
 * URL that starts with {@code https://} and ends with the document's file name as §5.1 derives it from
 * {@code /document/tracking/id} (lower case, each run of characters other than {@code a-z 0-9 + -} replaced by one
 * {@code _}, then {@code .json}), as the last segment of the URL's path.
 */
public final class MissingCanonicalUrl extends NumberedTest {

    private static final Pattern NOT_FILE_NAME_CHARACTERS = Pattern.compile("[^+\\-a-z0-9]+");

    public MissingCanonicalUrl() {
        super("6.2.11");
    }

    /** The file name CSAF 2.0 §5.1 gives the document with tracking id {@code id}. */
    static String fileName(String id) {
        return NOT_FILE_NAME_CHARACTERS.matcher(id.toLowerCase(Locale.ROOT)).replaceAll("_") + ".json";
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        String id = document.document().get("tracking").get("id").text();
        String suffix = id == null ? null : "/" + fileName(id);
        for (JsonValue reference : document.document().get("references").elements()) {
            String url = reference.get("url").text();
            if ("self".equals(reference.get("category").text()) && url != null && url.startsWith("https://")
                    && suffix != null && url.endsWith(suffix)) {
                return;
            }
        }
        findings.add("/document/references", suffix == null
                ? "The document has no tracking id, so no reference can be its canonical URL."
                : "No reference of category self has an https URL ending with the document's file name "
                        + suffix.substring(1) + ".");
    }
}
