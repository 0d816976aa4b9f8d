package dev.madoguchi.csaf;

import dev.madoguchi.csaf.mandatory.Purl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** CSAF 2.0 §6.1.13 PURL: package URLs as the purl specification defines them. */
class PackageUrlTests {

    private static final CsafTest TEST = new Purl();

    private static List<CsafFinding> findings(String purl) {
        String json = "{\"product_tree\": {\"full_product_names\": [{\"name\": \"A\", \"product_id\": \"A\", "
                + "\"product_identification_helper\": {\"purl\": \"" + purl + "\"}}]}}";
        return CsafTestCases.findings(TEST, json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pkg:maven/org.apache.commons/io@1.3.4", "pkg:npm/%40angular/animation@12.3.1",
            "pkg:github/package-url/purl-spec@244fd47e07d1004f0aed9c", "PKG:NPM/foo",
            "pkg:deb/debian/curl@7.50.3-1?arch=i386&distro=jessie", "pkg://generic/x",
            "pkg:golang/google.golang.org/genproto#googleapis/api/annotations",
            "pkg:docker/cassandra@sha256:244fd47e07d1004f0aed9c", "pkg:gem/ruby-advisory-db-check@0.12.4",
            "pkg:generic/openssl@1.1.10g?download_url=https://openssl.org/source/openssl-1.1.0g.tar.gz"
                    + "&checksum=sha256:de4d501267da", "pkg:nuget/EnterpriseLibrary.Common@6.0.1304",
            "pkg:npm/caf%C3%A9@1", "pkg:c++/x", "pkg:npm/name?empty=&a=1"})
    void validPackageUrlsPass(String purl) {
        assertThat(findings(purl)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pkg:maven/@1.3.4", "pkg:maven", "pkg:maven/", "maven/org/x", "url:npm/x", "pkg:/x",
            "pkg:1npm/x", "pkg:n%70m/x", "pkg:np m/x", "pkg:npm/na%2me", "pkg:npm/name%", "pkg:npm/name%C3",
            "pkg:npm/name?1key=v", "pkg:npm/name?a=1&A=2", "pkg:npm/name?novalue", "pkg:npm/name?k%65y=1",
            "pkg:npm/name#../x", "pkg:npm/name#a/./b", "pkg:npm/a%2Fb/name", "pkg:npm/x@1%G0", ""})
    void invalidPackageUrlsAreReported(String purl) {
        assertThat(findings(purl)).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("/product_tree/full_product_names/0/product_identification_helper/purl");
            assertThat(f.message()).contains("\"" + purl + "\"");
        });
    }

    @Test
    void purlsInBranchesAndRelationshipsAreCheckedAtTheirPointers() {
        String json = """
                {"product_tree": {
                  "branches": [{"branches": [{"product": {"name": "B", "product_id": "B",
                     "product_identification_helper": {"purl": "pkg:maven/@1"}}}]}],
                  "relationships": [{"full_product_name": {"name": "R", "product_id": "R",
                     "product_identification_helper": {"purl": "nope"}}}]}}""";
        assertThat(CsafTestCases.findings(TEST, json)).extracting(CsafFinding::path).containsExactly(
                "/product_tree/branches/0/branches/0/product/product_identification_helper/purl",
                "/product_tree/relationships/0/full_product_name/product_identification_helper/purl");
    }

    @Test
    void longPurlIsCheckedInLinearTime() {
        assertThat(findings("pkg:npm/" + "%41".repeat(100_000))).isEmpty();
    }
}
