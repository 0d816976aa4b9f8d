package dev.madoguchi.csaf.mandatory;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonPointer;
import dev.madoguchi.csaf.JsonValue;
import dev.madoguchi.csaf.NumberedTest;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CSAF 2.0 §6.1.30 Mixed Integer and Semantic Versioning: the values of type {@code version_t} in
 * {@code /document/tracking/revision_history[]/number} and {@code /document/tracking/version} must all use integer
 * versioning (§3.1.11.5.1) or all semantic versioning (§3.1.11.5.2). The first value in document order (the revision
 * history, then the version) sets the scheme; each value of the other scheme is reported. A value that is neither
 * (a schema failure) is left out.
 */
public final class MixedIntegerAndSemanticVersioning extends NumberedTest {

    private static final Pattern INTEGER = Pattern.compile("0|[1-9][0-9]*");
    /** The semantic-versioning alternative of the schema's pattern for {@code version_t} (SemVer 2.0.0). */
    private static final Pattern SEMANTIC = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
            + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
            + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");

    private enum Scheme {
        INTEGER("integer"), SEMANTIC("semantic");

        private final String label;

        Scheme(String label) {
            this.label = label;
        }

        static Scheme of(String version) {
            if (version == null) {
                return null;
            }
            if (MixedIntegerAndSemanticVersioning.INTEGER.matcher(version).matches()) {
                return INTEGER;
            }
            return MixedIntegerAndSemanticVersioning.SEMANTIC.matcher(version).matches() ? SEMANTIC : null;
        }
    }

    public MixedIntegerAndSemanticVersioning() {
        super("6.1.30");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        JsonValue tracking = document.document().get("tracking");
        List<JsonValue> revisions = tracking.get("revision_history").elements();
        Scheme first = null;
        String firstPointer = null;
        for (int i = 0; i <= revisions.size(); i++) {
            boolean isVersion = i == revisions.size();
            JsonValue value = isVersion ? tracking.get("version") : revisions.get(i).get("number");
            Scheme scheme = Scheme.of(value.text());
            if (scheme == null) {
                continue;
            }
            String pointer = isVersion ? "/document/tracking/version"
                    : JsonPointer.index("/document/tracking/revision_history", i) + "/number";
            if (first == null) {
                first = scheme;
                firstPointer = pointer;
            } else if (scheme != first) {
                findings.add(pointer, "The version " + value.text() + " uses " + scheme.label
                        + " versioning but " + firstPointer + " uses " + first.label + " versioning");
            }
        }
    }
}
