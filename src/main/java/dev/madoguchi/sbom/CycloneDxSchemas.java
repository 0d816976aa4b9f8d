package dev.madoguchi.sbom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.path.NodePath;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;

/**
 * The CycloneDX JSON schemas 1.4, 1.5 and 1.6 as cyclonedx-core-java ships them. The library maps the schemas'
 * {@code $ref}s ({@code spdx.schema.json}, {@code jsf-0.82.schema.json}) to copies on its class path, so validation
 * never goes to the network. Each schema is compiled once (the first time takes most of a second) and applied here
 * rather than through the library's {@code JsonParser.validate}, which compiles it again on every call, writes the
 * tree out as text to parse it again, and words its messages in the JVM's default locale.
 */
final class CycloneDxSchemas {

    private static final Map<Version, Schema> COMPILED = new ConcurrentHashMap<>();

    private CycloneDxSchemas() {
    }

    /**
     * The schema's complaints about the document, in English whatever the server's locale, each prefixed by where in
     * the document it applies (e.g. {@code $.components[0].type: does not have a value in the enumeration [...]}).
     */
    static List<String> problems(JsonNode bom, Version version) {
        Schema schema = compiled(version);
        List<Error> errors = schema.validate(bom,
                context -> context.executionConfig(config -> config.locale(Locale.ENGLISH)));
        return errors.stream().map(error -> location(error.getInstanceLocation()) + ": " + error.getMessage())
                .toList();
    }

    static Schema compiled(Version version) {
        return COMPILED.computeIfAbsent(version, CycloneDxSchemas::compile);
    }

    /** {@code $.components[0].licenses[1]}: the JSONPath people read in validators' output. */
    private static String location(NodePath path) {
        StringBuilder text = new StringBuilder("$");
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                text.append('.').append(element);
            }
        }
        return text.toString();
    }

    /** Compiles anew, bypassing the kept copies: each call reads the schema files again. */
    static Schema compile(Version version) {
        try {
            return new JsonParser().getJsonSchema(version, new ObjectMapper());
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled CycloneDX " + version.getVersionString()
                    + " JSON schema cannot be read", e);
        }
    }
}
