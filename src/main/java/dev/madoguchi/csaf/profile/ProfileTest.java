package dev.madoguchi.csaf.profile;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonPointer;
import dev.madoguchi.csaf.JsonValue;
import dev.madoguchi.csaf.NumberedTest;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A profile test of CSAF 2.0 §6.1.27: a mandatory test that applies only when {@code /document/category} is exactly
 * one of the values it names (§6.1.27: tests are skipped if the document category does not match), with the
 * category values of the profiles (§4.2 to §4.5).
 */
abstract class ProfileTest extends NumberedTest {

    static final String INFORMATIONAL_ADVISORY = "csaf_informational_advisory";
    static final String SECURITY_INCIDENT_RESPONSE = "csaf_security_incident_response";
    static final String SECURITY_ADVISORY = "csaf_security_advisory";
    static final String VEX = "csaf_vex";

    /** §6.1.27.1, §6.1.27.2. */
    static final Set<String> INFORMATIONAL_OR_INCIDENT = Set.of(INFORMATIONAL_ADVISORY, SECURITY_INCIDENT_RESPONSE);
    /** §6.1.27.4, §6.1.27.5, §6.1.27.11. */
    static final Set<String> ADVISORY_OR_VEX = Set.of(SECURITY_ADVISORY, VEX);

    private final Set<String> categories;

    ProfileTest(String id, Set<String> categories) {
        super(id);
        this.categories = categories;
    }

    @Override
    public final void run(CsafDocument document, Findings findings) {
        if (categories.contains(document.category())) {
            check(document, findings);
        }
    }

    /** The test proper, for a document of one of the categories. */
    abstract void check(CsafDocument document, Findings findings);

    /** Calls {@code check} with the pointer and value of each item of {@code /vulnerabilities}. */
    static void eachVulnerability(CsafDocument document, BiConsumer<String, JsonValue> check) {
        List<JsonValue> vulnerabilities = document.vulnerabilities().elements();
        for (int i = 0; i < vulnerabilities.size(); i++) {
            check.accept(JsonPointer.index("/vulnerabilities", i), vulnerabilities.get(i));
        }
    }
}
