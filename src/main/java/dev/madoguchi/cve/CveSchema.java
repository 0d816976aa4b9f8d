package dev.madoguchi.cve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

/**
 * One version of the CVE JSON schema (CVE Record Format), bundled on the class path as
 * {@code cve/schema/<version>/CVE_JSON_bundled_<version>.json}, compiled once and applied to whole CVE records.
 *
 * <p>The version is a parameter so that a newer schema can be dropped in next to 5.1.1 without code changes. The
 * schema is read from the class path by this class and handed to the networknt validator with remote fetching
 * switched off and anything but the class path refused: the bundled schema's {@code $ref}s are all within the
 * document ({@code #/definitions/...}) and its {@code $schema} (draft-07) is built into the validator, so validation
 * opens no connection. Messages are in English whatever the JVM's locale. The schema's {@code format}s
 * ({@code uri}, {@code date}) are asserted, as draft-07 validators may: a reference URL that is no RFC 3986 URI is
 * reported.
 *
 * <p>Findings follow the branch of the schema's {@code oneOf} that the record's {@code cveMetadata.state} selects; see
 * {@link SchemaFindings}.
 */
public final class CveSchema {

    /** The CVE Record Format version used when none is asked for. */
    public static final String DEFAULT_VERSION = "5.1.1";
    /** The largest record accepted, in bytes; larger ones get a single finding and are not parsed. */
    public static final int MAX_BYTES = CveJson.MAX_BYTES;

    private static final Pattern VERSION = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){1,2}");
    private static final Map<String, CveSchema> COMPILED = new ConcurrentHashMap<>();

    private final String version;
    private final Schema schema;
    private final StateBranches branches;

    private CveSchema(String version, Schema schema, StateBranches branches) {
        this.version = version;
        this.schema = schema;
        this.branches = branches;
    }

    /**
     * The schema of this CVE Record Format version, compiled the first time it is asked for.
     *
     * @param version e.g. {@code 5.1.1}
     * @throws UnknownCveSchemaVersionException when no schema of that version is bundled
     */
    public static CveSchema of(String version) {
        return COMPILED.computeIfAbsent(checked(version), CveSchema::compile);
    }

    /** The schema of {@link #DEFAULT_VERSION}. */
    public static CveSchema defaultVersion() {
        return of(DEFAULT_VERSION);
    }

    public String version() {
        return version;
    }

    /**
     * How a CVE record breaks this schema; an empty list means it validates. Bytes that are not a JSON text in UTF-8,
     * are larger than {@link #MAX_BYTES}, or nest more than 100 levels deep get a single finding about the whole
     * record ({@link CveFinding#WHOLE_RECORD}).
     */
    public List<CveFinding> validate(byte[] json) {
        JsonNode record;
        try {
            record = CveJson.parse(json);
        } catch (CveJson.Refusal refusal) {
            return List.of(new CveFinding(CveFinding.WHOLE_RECORD, "the record " + refusal.getMessage()));
        }
        List<Error> errors = schema.validate(record);
        return SchemaFindings.of(errors, record, branches);
    }

    /** The class path resource holding the bundled schema of this version. */
    static String resource(String version) {
        return "cve/schema/" + version + "/CVE_JSON_bundled_" + version + ".json";
    }

    private static String checked(String version) {
        if (version == null || !VERSION.matcher(version).matches()) {
            throw new UnknownCveSchemaVersionException("\"" + version + "\" is not a CVE JSON schema version such as "
                    + DEFAULT_VERSION + ".");
        }
        return version;
    }

    /** Compiles anew, bypassing the kept copies: reads the schema from the class path again. */
    static CveSchema compile(String version) {
        String resource = resource(checked(version));
        JsonNode node;
        try (InputStream in = CveSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new UnknownCveSchemaVersionException("No CVE JSON schema " + version + " is bundled (class path "
                        + "resource " + resource + " not found); the default is " + DEFAULT_VERSION + ".");
            }
            node = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled CVE JSON schema " + version + " cannot be read", e);
        }
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().locale(Locale.ENGLISH).build())
                .schemaLoader(loader -> loader.fetchRemoteResources(false).allow(CveSchema::isLocal)));
        Schema schema = registry.getSchema(SchemaLocation.of("classpath:" + resource), node);
        return new CveSchema(version, schema, StateBranches.of(node));
    }

    /** Anything else the validator might be asked to load is refused rather than looked up. */
    private static boolean isLocal(AbsoluteIri iri) {
        return iri.toString().startsWith("classpath:");
    }
}
