package dev.madoguchi.csaf;

import static dev.madoguchi.csaf.TrackingDocuments.paths;
import static org.assertj.core.api.Assertions.assertThat;

import dev.madoguchi.csaf.mandatory.MultipleDefinitionInInvolvements;
import dev.madoguchi.csaf.mandatory.MultipleUseOfSameCve;
import dev.madoguchi.csaf.mandatory.MultipleUseOfSameHashAlgorithm;

import org.junit.jupiter.api.Test;

/** CSAF 2.0 §6.1.23 to §6.1.25: a CVE, a party at a date and a hash algorithm per file are each given once. */
class RepeatedDefinitionTests {

    private static String involvement(String party, String date) {
        return "{\"party\": \"" + party + "\", \"status\": \"open\"" + (date == null ? "" : ", \"date\": \"" + date
                + "\"") + "}";
    }

    private static String vulnerabilities(String... involvementLists) {
        StringBuilder json = new StringBuilder("{\"vulnerabilities\": [");
        for (int i = 0; i < involvementLists.length; i++) {
            json.append(i == 0 ? "" : ", ").append("{\"involvements\": [").append(involvementLists[i]).append("]}");
        }
        return json.append("]}").toString();
    }

    private static String product(String... algorithms) {
        StringBuilder hashes = new StringBuilder();
        for (String algorithm : algorithms) {
            hashes.append(hashes.isEmpty() ? "" : ", ").append("{\"algorithm\": \"").append(algorithm)
                    .append("\", \"value\": \"00\"}");
        }
        return "{\"name\": \"P\", \"product_id\": \"P\", \"product_identification_helper\": {\"hashes\": ["
                + "{\"filename\": \"a.bin\", \"file_hashes\": [" + hashes + "]}]}}";
    }

    @Test
    void cveOfAnEarlierVulnerabilityIsReportedAtEachRepetition() {
        String json = "{\"vulnerabilities\": [{\"cve\": \"CVE-2024-0001\"}, {\"cve\": \"CVE-2024-0002\"},"
                + " {\"cve\": \"CVE-2024-0001\"}, {}, {\"cve\": \"CVE-2024-0001\"}, {\"cve\": 7}]}";
        assertThat(paths(new MultipleUseOfSameCve(), json))
                .containsExactly("/vulnerabilities/2/cve", "/vulnerabilities/4/cve");
        assertThat(paths(new MultipleUseOfSameCve(), "{\"vulnerabilities\": {}}")).isEmpty();
    }

    @Test
    void samePartyAtTheSameInstantIsReportedWhateverItsStatusOrOffset() {
        MultipleDefinitionInInvolvements test = new MultipleDefinitionInInvolvements();
        String json = vulnerabilities(involvement("vendor", "2024-01-01T10:00:00Z") + ", "
                + involvement("vendor", "2024-01-01T12:00:00+02:00"));
        assertThat(paths(test, json)).containsExactly("/vulnerabilities/0/involvements/1");
    }

    @Test
    void otherPartyOtherDateOrOtherVulnerabilityIsNoRepetition() {
        MultipleDefinitionInInvolvements test = new MultipleDefinitionInInvolvements();
        assertThat(paths(test, vulnerabilities(involvement("vendor", "2024-01-01T10:00:00Z") + ", "
                + involvement("vendor", "2024-01-02T10:00:00Z") + ", "
                + involvement("coordinator", "2024-01-01T10:00:00Z")))).isEmpty();
        assertThat(paths(test, vulnerabilities(involvement("vendor", "2024-01-01T10:00:00Z"),
                involvement("vendor", "2024-01-01T10:00:00Z")))).isEmpty();
    }

    @Test
    void samePartyTwiceWithoutADateIsARepetition() {
        assertThat(paths(new MultipleDefinitionInInvolvements(), vulnerabilities(involvement("vendor", null) + ", "
                + involvement("vendor", null) + ", " + involvement("vendor", "2024-01-01T10:00:00Z"))))
                .containsExactly("/vulnerabilities/0/involvements/1");
    }

    @Test
    void sameAlgorithmTwiceForOneFileIsReportedWhereverTheProductIs() {
        MultipleUseOfSameHashAlgorithm test = new MultipleUseOfSameHashAlgorithm();
        String twice = product("sha256", "sha512", "sha256");
        String json = "{\"product_tree\": {\"branches\": [{\"branches\": [{\"product\": " + twice + "}]}],"
                + " \"full_product_names\": [" + product("sha256") + ", " + twice + "],"
                + " \"relationships\": [{\"full_product_name\": " + twice + "}]}}";
        String hashes = "/product_identification_helper/hashes/0/file_hashes/2";
        assertThat(paths(test, json)).containsExactly(
                "/product_tree/branches/0/branches/0/product" + hashes,
                "/product_tree/full_product_names/1" + hashes,
                "/product_tree/relationships/0/full_product_name" + hashes);
    }

    @Test
    void sameAlgorithmForDifferentFilesIsNoRepetition() {
        String json = "{\"product_tree\": {\"full_product_names\": [{\"product_identification_helper\": {\"hashes\": ["
                + "{\"file_hashes\": [{\"algorithm\": \"sha256\"}]}, {\"file_hashes\": [{\"algorithm\": \"sha256\"}]}"
                + "]}}, " + product("sha256") + "]}}";
        assertThat(paths(new MultipleUseOfSameHashAlgorithm(), json)).isEmpty();
        assertThat(paths(new MultipleUseOfSameHashAlgorithm(), "{\"product_tree\": {\"branches\": 3}}")).isEmpty();
    }
}
