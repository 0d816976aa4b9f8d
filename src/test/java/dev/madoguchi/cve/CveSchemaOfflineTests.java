package dev.madoguchi.cve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.nio.file.Files;

import dev.madoguchi.testing.NetworkRecorder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The CVE JSON schema comes from the class path and refers only within itself: compiling and applying it opens no
 * connection, even though its {@code $id} and {@code $schema} are https and http URIs. Every {@code http(s)}
 * connection made through the JDK asks the default {@link ProxySelector} first; this one records the request and
 * refuses it.
 */
class CveSchemaOfflineTests {

    @RegisterExtension
    final NetworkRecorder network = new NetworkRecorder();

    @Test
    void compilingAndApplyingTheSchemaOpensNoConnection() throws IOException {
        CveSchema schema = CveSchema.compile(CveSchema.DEFAULT_VERSION);

        assertThat(schema.validate(Files.readAllBytes(CveRecords.PUBLISHED))).isEmpty();
        assertThat(schema.validate(CveRecords.bytes(CveRecords.rejected()))).isEmpty();
        assertThat(schema.validate("{}".getBytes())).isNotEmpty();
        assertThat(network.requested()).isEmpty();
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
        assertThat(network.requested()).extracting(URI::getHost).containsExactly("cveproject.github.io");
    }
}
