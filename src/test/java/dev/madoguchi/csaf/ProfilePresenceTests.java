package dev.madoguchi.csaf;

import static dev.madoguchi.csaf.CsafDocuments.document;
import static dev.madoguchi.csaf.CsafDocuments.withTopLevel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.madoguchi.csaf.profile.DocumentNotes;
import dev.madoguchi.csaf.profile.DocumentReferences;
import dev.madoguchi.csaf.profile.ProductStatus;
import dev.madoguchi.csaf.profile.ProductTree;
import dev.madoguchi.csaf.profile.VexProductStatus;
import dev.madoguchi.csaf.profile.VulnerabilitiesForInformationalAdvisory;
import dev.madoguchi.csaf.profile.VulnerabilitiesForSecurityAdvisoryOrVex;
import dev.madoguchi.csaf.profile.VulnerabilityId;
import dev.madoguchi.csaf.profile.VulnerabilityNotes;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CSAF 2.0 §6.1.27.1 to §6.1.27.8 and §6.1.27.11: what each profile requires to be there, and for which profiles.
 */
class ProfilePresenceTests {

    private static final String INFORMATIONAL = "csaf_informational_advisory";
    private static final String INCIDENT = "csaf_security_incident_response";
    private static final String ADVISORY = "csaf_security_advisory";
    private static final String VEX = "csaf_vex";

    private static List<String> paths(CsafTest test, String json) {
        return CsafTestCases.findings(test, json).stream().map(CsafFinding::path).toList();
    }

    @Test
    void documentNotesNeedOneOfTheDescriptiveCategoriesInInformationalAndIncidentDocuments() {
        String legalOnly = "\"notes\": [{\"category\": \"legal_disclaimer\", \"text\": \"t\"}], ";
        String withSummary = "\"notes\": [{\"category\": \"legal_disclaimer\", \"text\": \"t\"}, "
                + "{\"category\": \"summary\", \"text\": \"t\"}], ";
        DocumentNotes test = new DocumentNotes();
        assertThat(paths(test, document(INFORMATIONAL, legalOnly, ""))).containsExactly("/document/notes");
        assertThat(paths(test, document(INCIDENT, legalOnly, ""))).containsExactly("/document/notes");
        assertThat(paths(test, document(INCIDENT, "", ""))).containsExactly("/document/notes");
        assertThat(paths(test, document(INCIDENT, withSummary, ""))).isEmpty();
        assertThat(paths(test, document(ADVISORY, legalOnly, ""))).isEmpty();
        assertThat(paths(test, document("csaf_base", "", ""))).isEmpty();
    }

    @Test
    void documentNotesTestIgnoresCategoriesThatOnlyResembleAProfile() {
        String legalOnly = "\"notes\": [{\"category\": \"legal_disclaimer\", \"text\": \"t\"}], ";
        assertThat(paths(new DocumentNotes(), document("CSAF_Informational_Advisory", legalOnly, ""))).isEmpty();
        assertThat(paths(new DocumentNotes(), document("informational_advisory", legalOnly, ""))).isEmpty();
    }

    @Test
    void documentReferencesNeedAnExternalOneWhereACategoryLessReferenceIsExternal() {
        DocumentReferences test = new DocumentReferences();
        String selfOnly = "\"references\": [{\"category\": \"self\", \"summary\": \"s\", \"url\": \"https://e\"}], ";
        String defaulted = "\"references\": [{\"summary\": \"s\", \"url\": \"https://e\"}], ";
        String external = "\"references\": [{\"category\": \"self\", \"summary\": \"s\", \"url\": \"https://e\"}, "
                + "{\"category\": \"external\", \"summary\": \"s\", \"url\": \"https://f\"}], ";
        assertThat(paths(test, document(INFORMATIONAL, selfOnly, ""))).containsExactly("/document/references");
        assertThat(paths(test, document(INCIDENT, "", ""))).containsExactly("/document/references");
        assertThat(paths(test, document(INCIDENT, external, ""))).isEmpty();
        assertThat(paths(test, document(INFORMATIONAL, defaulted, ""))).isEmpty();
        assertThat(paths(test, document(VEX, selfOnly, ""))).isEmpty();
    }

    @Test
    void informationalAdvisoryMustNotHaveVulnerabilitiesOthersMay() {
        String vulnerabilities = ", \"vulnerabilities\": [{\"title\": \"v\"}]";
        VulnerabilitiesForInformationalAdvisory test = new VulnerabilitiesForInformationalAdvisory();
        assertThat(paths(test, withTopLevel(INFORMATIONAL, vulnerabilities))).containsExactly("/vulnerabilities");
        assertThat(paths(test, withTopLevel(INFORMATIONAL, ""))).isEmpty();
        assertThat(paths(test, withTopLevel(INCIDENT, vulnerabilities))).isEmpty();
    }

    @Test
    void securityAdvisoryAndVexNeedProductTreeAndVulnerabilities() {
        String tree = ", \"product_tree\": {\"full_product_names\": [{\"product_id\": \"P1\", \"name\": \"A\"}]}";
        String vulnerabilities = ", \"vulnerabilities\": [{\"title\": \"v\"}]";
        for (String category : List.of(ADVISORY, VEX)) {
            assertThat(paths(new ProductTree(), withTopLevel(category, vulnerabilities)))
                    .containsExactly("/product_tree");
            assertThat(paths(new ProductTree(), withTopLevel(category, tree + vulnerabilities))).isEmpty();
            assertThat(paths(new VulnerabilitiesForSecurityAdvisoryOrVex(), withTopLevel(category, tree)))
                    .containsExactly("/vulnerabilities");
            assertThat(paths(new VulnerabilitiesForSecurityAdvisoryOrVex(),
                    withTopLevel(category, tree + vulnerabilities))).isEmpty();
        }
        assertThat(paths(new ProductTree(), withTopLevel(INFORMATIONAL, ""))).isEmpty();
        assertThat(paths(new VulnerabilitiesForSecurityAdvisoryOrVex(), withTopLevel(INCIDENT, ""))).isEmpty();
    }

    @Test
    void everyVulnerabilityOfAnAdvisoryOrVexNeedsNotes() {
        String json = ", \"vulnerabilities\": [{\"notes\": [{\"category\": \"summary\", \"text\": \"t\"}]}, "
                + "{\"title\": \"no notes\"}]";
        assertThat(paths(new VulnerabilityNotes(), withTopLevel(ADVISORY, json)))
                .containsExactly("/vulnerabilities/1/notes");
        assertThat(paths(new VulnerabilityNotes(), withTopLevel(VEX, json)))
                .containsExactly("/vulnerabilities/1/notes");
        assertThat(paths(new VulnerabilityNotes(), withTopLevel(INCIDENT, json))).isEmpty();
    }

    @Test
    void everyVulnerabilityOfASecurityAdvisoryNeedsAProductStatusButVexIsLeftTo6_1_27_7() {
        String json = ", \"vulnerabilities\": [{\"title\": \"none\"}, {\"product_status\": {\"fixed\": [\"P1\"]}}]";
        assertThat(paths(new ProductStatus(), withTopLevel(ADVISORY, json)))
                .containsExactly("/vulnerabilities/0/product_status");
        assertThat(paths(new ProductStatus(), withTopLevel(VEX, json))).isEmpty();
    }

    @Test
    void vexProductStatusNeedsFixedKnownAffectedKnownNotAffectedOrUnderInvestigation() {
        String json = ", \"vulnerabilities\": ["
                + "{\"product_status\": {\"first_fixed\": [\"P1\"], \"recommended\": [\"P1\"]}}, "
                + "{\"title\": \"no status at all\"}, "
                + "{\"product_status\": {\"under_investigation\": [\"P1\"]}}, "
                + "{\"product_status\": {\"known_not_affected\": [\"P1\"]}}]";
        assertThat(paths(new VexProductStatus(), withTopLevel(VEX, json)))
                .containsExactly("/vulnerabilities/0/product_status", "/vulnerabilities/1/product_status");
        assertThat(paths(new VexProductStatus(), withTopLevel(ADVISORY, json))).isEmpty();
    }

    @Test
    void vexVulnerabilityNeedsCveOrIds() {
        String json = ", \"vulnerabilities\": [{\"title\": \"none\"}, {\"cve\": \"CVE-2024-0001\"}, "
                + "{\"ids\": [{\"system_name\": \"s\", \"text\": \"t\"}]}]";
        assertThat(paths(new VulnerabilityId(), withTopLevel(VEX, json))).containsExactly("/vulnerabilities/0");
        assertThat(paths(new VulnerabilityId(), withTopLevel(ADVISORY, json))).isEmpty();
    }

    @Test
    void wrongTypesAreToleratedWithoutThrowing() {
        String odd = ", \"product_tree\": 3, \"vulnerabilities\": [1, \"x\", null, {\"product_status\": []}]";
        for (CsafTest test : List.<CsafTest>of(new VulnerabilityNotes(), new ProductStatus(), new VexProductStatus(),
                new VulnerabilityId(), new ProductTree(), new VulnerabilitiesForSecurityAdvisoryOrVex())) {
            for (String category : List.of(ADVISORY, VEX)) {
                CsafTestCases.findings(test, withTopLevel(category, odd));
            }
        }
        String oddDocument = "\"notes\": {\"category\": \"summary\"}, \"references\": [3, \"x\"], ";
        assertThat(paths(new DocumentNotes(), document(INCIDENT, oddDocument, ""))).hasSize(1);
        assertThat(paths(new DocumentReferences(), document(INCIDENT, oddDocument, ""))).hasSize(1);
        String categoryLess = "\"notes\": [{\"text\": \"t\"}, 3, {\"category\": 4}], ";
        assertThat(paths(new DocumentNotes(), document(INFORMATIONAL, categoryLess, ""))).hasSize(1);
    }
}
