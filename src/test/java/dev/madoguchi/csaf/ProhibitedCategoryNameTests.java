package dev.madoguchi.csaf;

import static dev.madoguchi.csaf.TrackingDocuments.paths;
import static org.assertj.core.api.Assertions.assertThat;

import dev.madoguchi.csaf.mandatory.ProhibitedDocumentCategoryName;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CSAF 2.0 §6.1.26: a CSAF Base document does not pose as another profile or use the reserved prefix. */
class ProhibitedCategoryNameTests {

    private static String category(String category) {
        return "{\"document\": {\"category\": \"" + category + "\"}}";
    }

    @ParameterizedTest
    @ValueSource(strings = {"Csaf_a", "Informational Advisory", "security-incident-response", "Security      Advisory",
        "veX", "V_eX", "Security_Incident_Response", "csaf_BASE", "Csaf_VeX", "csaf-vex", "CSAF_security_advisory",
        "Security\u2014Advisory", "security\uFF3Fadvisory", "Security\u00A0Advisory", "V\u2011E\u2011X",
        "\tvex\n", "csaf_anything"})
    void otherProfileNameOrValueOrReservedPrefixIsReported(String value) {
        assertThat(paths(new ProhibitedDocumentCategoryName(), category(value.replace("\t", "\\t")
                .replace("\n", "\\n")))).containsExactly("/document/category");
    }

    @ParameterizedTest
    @ValueSource(strings = {"csaf_base", "csaf_security_incident_response", "csaf_informational_advisory",
        "csaf_security_advisory", "csaf_vex", "Vulnerability Report", "advisory", "vexing", "CSAF Base",
        "security incident", "not_csaf_vex"})
    void profileValuesAndOtherCategoriesPass(String value) {
        assertThat(paths(new ProhibitedDocumentCategoryName(), category(value))).isEmpty();
    }
}
