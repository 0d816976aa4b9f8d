package dev.madoguchi.csaf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

/**
 * The networknt JSON Schema validator over the same bundled schemas, as an independent judge of {@link CsafSchema}
 * in tests (never in main code: the {@code csaf} module is JDK-only). Formats are asserted, as 2020-12 leaves to the
 * validator and the BSI reference validator does; nothing is fetched.
 */
final class SchemaOracle {

    private final Schema csaf;
    private final SchemaRegistry registry;

    SchemaOracle() {
        Map<String, String> texts = new HashMap<>();
        texts.put(CsafSchema.CSAF, resource("csaf_json_schema.json"));
        texts.put(CsafSchema.PROVIDER, resource("provider_json_schema.json"));
        texts.put(CsafSchema.AGGREGATOR, resource("aggregator_json_schema.json"));
        texts.put(CsafSchema.CVSS_V2, resource("cvss-v2.0.json"));
        texts.put(CsafSchema.CVSS_V3_0, resource("cvss-v3.0.json"));
        texts.put(CsafSchema.CVSS_V3_1, resource("cvss-v3.1.json"));
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().locale(Locale.ENGLISH)
                        .formatAssertionsEnabled(true).build())
                .schemas(texts)
                .schemaLoader(loader -> loader.fetchRemoteResources(false)));
        csaf = registry.getSchema(SchemaLocation.of(CsafSchema.CSAF));
    }

    /** The oracle's errors for a CSAF document given as JSON text. */
    List<Error> errors(String json) {
        return csaf.validate(json, InputFormat.JSON);
    }

    /** The oracle's errors for a value against one of the bundled schemas by id. */
    List<Error> errors(String schemaId, String json) {
        return registry.getSchema(SchemaLocation.of(schemaId)).validate(json, InputFormat.JSON);
    }

    private static String resource(String name) {
        try (InputStream in = CsafSchema.class.getResourceAsStream("schema/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
