package dev.madoguchi.cve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The CVE JSON schema comes from the class path and refers only within itself: compiling and applying it opens no
 * connection, even though its {@code $id} and {@code $schema} are https and http URIs. Every {@code http(s)}
 * connection made through the JDK asks the default {@link ProxySelector} first; this one records the request and
 * refuses it.
 */
class CveSchemaOfflineTests {

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
    void compilingAndApplyingTheSchemaOpensNoConnection() throws IOException {
        CveSchema schema = CveSchema.compile(CveSchema.DEFAULT_VERSION);

        assertThat(schema.validate(Files.readAllBytes(CveRecords.PUBLISHED))).isEmpty();
        assertThat(schema.validate(CveRecords.bytes(CveRecords.rejected()))).isEmpty();
        assertThat(schema.validate("{}".getBytes())).isNotEmpty();
        assertThat(requested).isEmpty();
    }

    @Test
    void theRecorderSeesAnAttemptedFetch() {
        Throwable failure = catchThrowable(() -> {
            try (InputStream in = URI.create("https://cveproject.github.io/cve-schema/schema/CVE_Record_Format.json")
                    .toURL().openStream()) {
                in.read();
            }
        });

        assertThat(failure).isNotNull();
        assertThat(requested).extracting(URI::getHost).containsExactly("cveproject.github.io");
    }

    private static boolean isLoopback(String host) {
        return host != null && (host.equals("localhost") || host.startsWith("127.") || host.equals("::1")
                || host.equals("[::1]"));
    }
}
