package dev.madoguchi.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.madoguchi.cases.Divisions;
import dev.madoguchi.sbom.InvalidSbomException;
import dev.madoguchi.testing.StaffFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
public class ComponentIndexTests {

    @Autowired
    ComponentIndex index;
    @Autowired
    CatalogEditing editing;
    @Autowired
    Catalog catalog;
    @Autowired
    Divisions divisions;
    @Autowired
    JdbcClient jdbc;

    private long product;
    private String unique;

    /** A CycloneDX SBOM of a firmware holding a web server that bundles the given log library version. */
    public static String sbom(String specVersion, String libraryName, String libraryVersion) {
        return """
                {"bomFormat": "CycloneDX", "specVersion": "%s", "version": 1,
                 "metadata": {"component": {"type": "firmware", "name": "plc-firmware"}},
                 "components": [
                   {"type": "application", "name": "webserver", "version": "3.1",
                    "components": [
                      {"type": "library", "name": "%s", "group": "org.example", "version": "%s",
                       "purl": "pkg:maven/org.example/%s@%s?type=jar"}]},
                   {"type": "library", "name": "zlib", "version": "unknown", "purl": "pkg:generic/zlib@unknown"}]}
                """.formatted(specVersion, libraryName, libraryVersion, libraryName, libraryVersion);
    }

    private long version(String version) {
        return editing.addVersion(product, version, null);
    }

    private void attach(long versionId, String json) throws Exception {
        index.attach(product, versionId, "sbom.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "tester");
    }

    @BeforeEach
    void aProduct() {
        unique = StaffFixtures.unique("c").replace("-", "");
        long division = divisions.create("SBOM Division " + unique);
        product = editing.create(new ProductDraft(null, "PLC " + unique, "PLC " + unique, List.of(), division,
                "numeric", null, null, null));
    }

    @Test
    void aComponentSearchFindsTheProductVersionsHoldingItInTheRangeWithItsPath() throws Exception {
        String library = "logkit" + unique;
        attach(version("1.0"), sbom("1.5", library, "2.14.1"));
        attach(version("2.0"), sbom("1.6", library, "2.17.0"));
        List<ComponentHit> hits = index.search("pkg:maven/org.example/" + library, ">= 2.0, < 2.15.0", "firmware");
        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.productVersion()).isEqualTo("1.0");
            assertThat(hit.componentVersion()).isEqualTo("2.14.1");
            assertThat(hit.path()).isEqualTo("plc-firmware > webserver > " + library);
            assertThat(hit.inRange()).isTrue();
        });
        assertThat(index.search(library.toUpperCase(), "", "firmware")).extracting(ComponentHit::productVersion)
                .containsExactly("1.0", "2.0");
    }

    @Test
    void aVersionThatCannotBeComparedIsShownForAPersonToCheck() throws Exception {
        attach(version("1.0"), sbom("1.4", "other" + unique, "1.0.0"));
        assertThat(index.search("zlib", "< 1.2.13", "firmware")).anySatisfy(hit -> {
            assertThat(hit.productId()).isEqualTo(product);
            assertThat(hit.inRange()).isNull();
        });
    }

    @Test
    void aRefusedSbomLeavesTheFormerOneAndNothingElse() throws Exception {
        long v = version("1.0");
        attach(v, sbom("1.5", "keep" + unique, "1.0.0"));
        assertThatThrownBy(() -> attach(v, sbom("1.2", "lost" + unique, "1.0.0")))
                .isInstanceOfSatisfying(InvalidSbomException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidSbomException.Reason.UNSUPPORTED_SPEC_VERSION));
        assertThatThrownBy(() -> attach(v, "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.5\", "))
                .isInstanceOf(InvalidSbomException.class);
        assertThat(index.summary(v)).hasValueSatisfying(s -> assertThat(s.componentCount()).isEqualTo(3));
        assertThat(index.search("keep" + unique, "", "firmware")).hasSize(1);
        assertThat(index.search("lost" + unique, "", "firmware")).isEmpty();
    }

    @Test
    void aNewSbomReplacesTheVersionsFormerOneWhole() throws Exception {
        long v = version("1.0");
        attach(v, sbom("1.5", "first" + unique, "1.0.0"));
        attach(v, sbom("1.5", "second" + unique, "1.0.0"));
        assertThat(index.search("first" + unique, "", "firmware")).isEmpty();
        assertThat(index.search("second" + unique, "", "firmware")).hasSize(1);
        assertThat(jdbc.sql("select count(*) from product_sbom where product_version_id = ?").param(v)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void purlsMatchByTypeNamespaceAndNameWhateverTheirVersionAndQualifiers() {
        assertThat(ComponentIndex.purlBase("pkg:maven/Org.Example/Lib@2.0?type=jar#sub")).isEqualTo(
                "pkg:maven/org.example/lib");
        assertThat(ComponentIndex.purlBase("pkg:npm/%40scope/name@1.0.0")).isEqualTo("pkg:npm/%40scope/name");
        assertThat(ComponentIndex.purlBase("not a purl")).isNull();
    }
}
