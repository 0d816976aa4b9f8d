package dev.madoguchi.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.cyclonedx.Version;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The JSON schemas and everything they refer to come from cyclonedx-core-java's jar: compiling and applying them
 * opens no connection, so validation works behind a firewall and leaks nothing about what is being imported. Every
 * {@code http(s)} connection made through the JDK asks the default {@link ProxySelector} first; this one records the
 * request and refuses it.
 */
class SchemaOfflineTests {

    private final List<URI> requested = new CopyOnWriteArrayList<>();
    private ProxySelector original;

    @BeforeEach
    void recordEveryConnection() {
        original = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                // other test classes' application contexts share this JVM and reach their embedded PostgreSQL on
                // the loopback interface from background threads; only connections beyond this machine matter here
                if (!isLoopback(uri.getHost())) {
                    requested.add(uri);
                }
                throw new IllegalStateException("no network in this test: " + uri);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
            }
        });
    }

    @AfterEach
    void restore() {
        ProxySelector.setDefault(original);
    }

    @Test
    void compilingAndApplyingTheThreeSchemasOpensNoConnection() throws IOException {
        for (Version version : CycloneDxSbom.ACCEPTED.values()) {
            String document = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"" + version.getVersionString()
                    + "\",\"version\":1,\"components\":[{\"type\":\"library\",\"name\":\"zlib\","
                    + "\"licenses\":[{\"license\":{\"id\":\"Zlib\"}}]}]}";
            assertThat(CycloneDxSchemas.compile(version).validate(new ObjectMapper().readTree(document))).isEmpty();
        }

        assertThat(requested).isEmpty();
    }

    @Test
    void theRecorderSeesAnAttemptedFetch() {
        Throwable failure = catchThrowable(() -> {
            try (InputStream in = URI.create("http://cyclonedx.org/schema/bom-1.6.schema.json").toURL().openStream()) {
                in.read();
            }
        });

        assertThat(failure).isNotNull();
        assertThat(requested).extracting(URI::getHost).containsExactly("cyclonedx.org");
    }

    private static boolean isLoopback(String host) {
        return host != null && (host.equals("localhost") || host.startsWith("127.") || host.equals("::1")
                || host.equals("[::1]"));
    }
}
