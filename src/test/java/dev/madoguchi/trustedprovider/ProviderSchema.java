package dev.madoguchi.trustedprovider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The oracle for {@code provider-metadata.json}: the OASIS CSAF provider metadata schema, validated by networknt
 * offline, its {@code $ref} to the CSAF schema's publisher answered from the shared corpus.
 */
final class ProviderSchema {

    private static final Path SCHEMAS = CorpusPublications.CORPUS.resolve("schemas/csaf");
    static final String PROVIDER_ID = "https://docs.oasis-open.org/csaf/csaf/v2.0/provider_json_schema.json";

    private ProviderSchema() {
    }

    static List<String> problems(byte[] metadata) {
        Map<String, String> schemas = Map.of(
                PROVIDER_ID, read("provider_json_schema.json"),
                "https://docs.oasis-open.org/csaf/csaf/v2.0/csaf_json_schema.json", read("csaf_json_schema.json"),
                "https://www.first.org/cvss/cvss-v2.0.json", read("first-cvss/cvss-v2.0.json"),
                "https://www.first.org/cvss/cvss-v3.0.json", read("first-cvss/cvss-v3.0.json"),
                "https://www.first.org/cvss/cvss-v3.1.json", read("first-cvss/cvss-v3.1.json"));
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().locale(Locale.ENGLISH).formatAssertionsEnabled(true)
                        .build())
                .schemas(schemas)
                .schemaLoader(loader -> loader.fetchRemoteResources(false)));
        Schema schema = registry.getSchema(SchemaLocation.of(PROVIDER_ID));
        List<Error> errors = schema.validate(new String(metadata, StandardCharsets.UTF_8), InputFormat.JSON);
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    private static String read(String name) {
        try {
            return Files.readString(SCHEMAS.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
