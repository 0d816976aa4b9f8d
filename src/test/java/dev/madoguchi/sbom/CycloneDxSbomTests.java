package dev.madoguchi.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CycloneDxSbomTests {

    static Sbom read(String resource) {
        try (InputStream in = CycloneDxSbomTests.class.getResourceAsStream("/sbom/" + resource)) {
            return CycloneDxSbom.read(in, SbomLimits.DEFAULT_MAX_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Sbom read(byte[] json) {
        return CycloneDxSbom.read(new ByteArrayInputStream(json), SbomLimits.DEFAULT_MAX_BYTES);
    }

    @Test
    void aOneSixSbomListsEveryNestedComponentWithItsPathFromTheProduct() {
        Sbom sbom = read("cyclonedx-1.6-firmware.json");

        assertThat(sbom.specVersion()).isEqualTo("1.6");
        assertThat(sbom.serialNumber()).isEqualTo("urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79");
        assertThat(sbom.version()).isEqualTo(3);
        assertThat(sbom.product()).isEqualTo(new SbomComponent("fw", null, "firmware-image", null, "4.2.0",
                "Example Denki K.K.", "firmware", List.of("firmware-image")));
        assertThat(sbom.components())
                .extracting(SbomComponent::name, SbomComponent::version, SbomComponent::pathText)
                .containsExactly(
                        tuple("u-boot", "2024.01", "firmware-image > u-boot"),
                        tuple("busybox", "1.36.1", "firmware-image > busybox"),
                        tuple("zlib", "1.2.13", "firmware-image > busybox > zlib"),
                        tuple("openssl", "3.0.13", "firmware-image > openssl"),
                        tuple("log4j-core", "2.14.1", "firmware-image > log4j-core"),
                        tuple("zlib", "1.3.1", "firmware-image > log4j-core > zlib"));
    }

    @Test
    void eachComponentCarriesItsBomRefPurlGroupSupplierAndType() {
        Sbom sbom = read("cyclonedx-1.6-firmware.json");

        assertThat(sbom.components().get(2)).isEqualTo(new SbomComponent("busybox-zlib", "pkg:generic/zlib@1.2.13",
                "zlib", null, "1.2.13", "zlib project", "library",
                List.of("firmware-image", "busybox", "zlib")));
        assertThat(sbom.components().get(4)).isEqualTo(new SbomComponent("log4j-core",
                "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1", "log4j-core", "org.apache.logging.log4j",
                "2.14.1", null, "library", List.of("firmware-image", "log4j-core")));
    }

    @Test
    void theDependencyGraphDoesNotChangeThePathsWhichFollowNesting() {
        Sbom sbom = read("cyclonedx-1.6-firmware.json");

        // "dependencies" says fw -> busybox -> busybox-zlib; the path is the nesting, which says the same here,
        // and openssl, a direct dependency of fw, sits right under the product.
        assertThat(sbom.components()).filteredOn(c -> "openssl".equals(c.bomRef()))
                .extracting(SbomComponent::pathText).containsExactly("firmware-image > openssl");
    }

    @Test
    void aOneFiveSbomIsReadWithNpmScopesAsGroups() {
        Sbom sbom = read("cyclonedx-1.5-webapp.json");

        assertThat(sbom.specVersion()).isEqualTo("1.5");
        assertThat(sbom.version()).isEqualTo(1);
        assertThat(sbom.product().name()).isEqualTo("madoguchi-portal");
        assertThat(sbom.components())
                .extracting(SbomComponent::purl, SbomComponent::group, SbomComponent::type, SbomComponent::pathText)
                .containsExactly(
                        tuple("pkg:npm/express@4.18.2", null, "framework", "madoguchi-portal > express"),
                        tuple("pkg:npm/body-parser@1.20.1", null, "library",
                                "madoguchi-portal > express > body-parser"),
                        tuple("pkg:npm/qs@6.11.0", null, "library", "madoguchi-portal > express > body-parser > qs"),
                        tuple("pkg:npm/%40babel/core@7.23.0", "@babel", "library", "madoguchi-portal > core"),
                        tuple(null, null, "data", "madoguchi-portal > geoip-database"));
        assertThat(sbom.components().get(0).supplier()).isEqualTo("OpenJS Foundation");
    }

    @Test
    void aOneFourSbomWithoutProductHasPathsFromItsTopLevelComponents() {
        Sbom sbom = read("cyclonedx-1.4-library.json");

        assertThat(sbom.specVersion()).isEqualTo("1.4");
        assertThat(sbom.serialNumber()).isNull();
        assertThat(sbom.product()).isNull();
        assertThat(sbom.components())
                .extracting(SbomComponent::name, SbomComponent::supplier, SbomComponent::pathText)
                .containsExactly(
                        tuple("jackson-databind", "FasterXML", "jackson-databind"),
                        tuple("jackson-core", null, "jackson-databind > jackson-core"),
                        tuple("debian", null, "debian"));
    }

    @Test
    void twoEntriesOfTheSamePackageAreBothListed() {
        String zlib = "\"type\":\"library\",\"name\":\"zlib\",\"version\":\"1.3\",\"purl\":\"pkg:generic/zlib@1.3\"";
        Sbom sbom = read(("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":[{\"bom-ref\":\"a\","
                + zlib + "},{\"bom-ref\":\"b\"," + zlib + "}]}").getBytes(StandardCharsets.UTF_8));

        assertThat(sbom.components()).extracting(SbomComponent::bomRef, SbomComponent::purl)
                .containsExactly(tuple("a", "pkg:generic/zlib@1.3"), tuple("b", "pkg:generic/zlib@1.3"));
    }

    @Test
    void theVersionOfTheDocumentIsOneWhenAbsent() {
        Sbom sbom = read("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(sbom.version()).isEqualTo(1);
        assertThat(sbom.components()).isEmpty();
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() {
        byte[] json = "\uFEFF{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.5\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(read(json).specVersion()).isEqualTo("1.5");
    }

    @Test
    void aGeneratedSbomOfFiveThousandComponentsIsReadWhole() {
        Sbom sbom = read(GeneratedSboms.flat(5_000));

        assertThat(sbom.components()).hasSize(5_000);
        assertThat(sbom.components().get(4_999).pathText()).isEqualTo("big-product > artifact-4999");
    }

    @Test
    void componentsNestedExactlyToTheLimitAreRead() {
        Sbom sbom = read(GeneratedSboms.chain(SbomLimits.DEFAULT_MAX_NESTING));

        assertThat(sbom.components()).hasSize(64);
        assertThat(sbom.components().get(63).path()).hasSize(64).startsWith("level-1").endsWith("level-64");
    }

    @Test
    void theStreamIsLeftOpenForItsOwner() {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\"}"
                .getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        CycloneDxSbom.read(in, 1_000);

        assertThat(closed[0]).isFalse();
    }
}
