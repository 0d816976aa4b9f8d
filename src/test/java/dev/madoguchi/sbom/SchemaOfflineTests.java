package dev.madoguchi.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.net.ProxySelector;
import java.net.URI;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.madoguchi.testing.NetworkRecorder;

import org.cyclonedx.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The JSON schemas and everything they refer to come from cyclonedx-core-java's jar: compiling and applying them
 * opens no connection, so validation works behind a firewall and leaks nothing about what is being imported. Every
 * {@code http(s)} connection made through the JDK asks the default {@link ProxySelector} first; this one records the
 * request and refuses it.
 */
class SchemaOfflineTests {

    @RegisterExtension
    final NetworkRecorder network = new NetworkRecorder();

    @Test
    void compilingAndApplyingTheThreeSchemasOpensNoConnection() throws IOException {
        for (Version version : CycloneDxSbom.ACCEPTED.values()) {
            String document = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"" + version.getVersionString()
                    + "\",\"version\":1,\"components\":[{\"type\":\"library\",\"name\":\"zlib\","
                    + "\"licenses\":[{\"license\":{\"id\":\"Zlib\"}}]}]}";
            assertThat(CycloneDxSchemas.compile(version).validate(new ObjectMapper().readTree(document))).isEmpty();
        }

        assertThat(network.requested()).isEmpty();
    }

    @Test
    void theRecorderSeesAnAttemptedFetch() {
        Throwable failure = catchThrowable(() -> {
            try (InputStream in = URI.create("http://cyclonedx.org/schema/bom-1.6.schema.json").toURL().openStream()) {
                in.read();
            }
        });

        assertThat(failure).isNotNull();
        assertThat(network.requested()).extracting(URI::getHost).containsExactly("cyclonedx.org");
    }
}
