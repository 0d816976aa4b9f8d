package dev.madoguchi.csaf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.madoguchi.csaf.schema.Findings;
import dev.madoguchi.csaf.schema.SchemaCompiler;
import dev.madoguchi.csaf.schema.SchemaNode;
import dev.madoguchi.csaf.schema.UndeclaredMembers;

/**
 * The CSAF 2.0 JSON schema (JSON Schema 2020-12) with the FIRST CVSS schemas it refers to, bundled beside this class
 * and applied without any network access.
 *
 * <p>The schemas are compiled once into a tree of checks ({@link SchemaCompiler}) by this class's own evaluator
 * rather than a general JSON Schema library, so that {@code csaf validate} starts in milliseconds from the jar's root
 * with the JDK alone (ADR 0011). The CSAF schema's {@code $ref}s to {@code https://www.first.org/cvss/cvss-v2.0.json},
 * {@code -v3.0.json} and {@code -v3.1.json} resolve to the bundled copies, whose own ids carry a date
 * ({@code ...cvss-v3.1.json?20211103}). The provider-metadata and aggregator schemas are bundled too and compiled
 * when first asked for. Formats {@code date-time} and {@code uri} are asserted, as the BSI reference validator does.
 */
public final class CsafSchema {

    /** The {@code $id} of the CSAF 2.0 schema. */
    public static final String CSAF = "https://docs.oasis-open.org/csaf/csaf/v2.0/csaf_json_schema.json";
    /** The {@code $id} of the CSAF 2.0 provider-metadata schema. */
    public static final String PROVIDER = "https://docs.oasis-open.org/csaf/csaf/v2.0/provider_json_schema.json";
    /** The {@code $id} of the CSAF 2.0 aggregator schema. */
    public static final String AGGREGATOR = "https://docs.oasis-open.org/csaf/csaf/v2.0/aggregator_json_schema.json";
    /** The address by which the CSAF schema refers to the FIRST CVSS v2.0 schema; likewise v3.0 and v3.1. */
    public static final String CVSS_V2 = "https://www.first.org/cvss/cvss-v2.0.json";
    public static final String CVSS_V3_0 = "https://www.first.org/cvss/cvss-v3.0.json";
    public static final String CVSS_V3_1 = "https://www.first.org/cvss/cvss-v3.1.json";

    /** At most this many schema findings are listed per document. */
    static final int MAX_FINDINGS = CsafValidator.MAX_FINDINGS_PER_TEST;

    private static final CsafSchema BUNDLED = new CsafSchema();

    private final SchemaCompiler compiler = new SchemaCompiler();
    private final Map<String, SchemaNode> compiled = new ConcurrentHashMap<>();
    private final SchemaNode csaf;
    private boolean metadataRegistered;

    private CsafSchema() {
        compiler.register(resource("cvss-v2.0.json"), CVSS_V2);
        compiler.register(resource("cvss-v3.0.json"), CVSS_V3_0);
        compiler.register(resource("cvss-v3.1.json"), CVSS_V3_1);
        compiler.register(resource("csaf_json_schema.json"));
        csaf = compiler.compile(CSAF);
        compiled.put(CSAF, csaf);
    }

    /** The schema of CSAF 2.0, read from the class path once. */
    public static CsafSchema bundled() {
        return BUNDLED;
    }

    /** Where the document breaks the schema, as {@link CsafFinding#SCHEMA} findings; none when it satisfies it. */
    public List<CsafFinding> validate(JsonValue document) {
        return check(csaf, document, "");
    }

    /**
     * The properties of the document that the CSAF schema (with the FIRST CVSS schemas it refers to) does not define,
     * each at its own pointer: what a "strict" copy of the schema, with {@code additionalProperties: false} wherever
     * {@code properties} is given, would refuse (test 6.2.20 Additional Properties). Nothing more is compiled for it:
     * the walk follows the schema {@link #validate(JsonValue)} uses, picking the {@code oneOf} branch (CVSS v3.0 or
     * v3.1) the object satisfies, so an unknown member of a branch is reported once, at itself
     * ({@link UndeclaredMembers}). Findings carry {@link CsafFinding#SCHEMA}; at most {@link #MAX_FINDINGS}.
     */
    public List<CsafFinding> additionalProperties(JsonValue document) {
        Findings findings = new Findings(MAX_FINDINGS);
        UndeclaredMembers.find(csaf, document, "", findings);
        return findings.list();
    }

    /**
     * Where a value breaks one of the bundled schemas, addressed by its {@code $id} (such as
     * {@code https://www.first.org/cvss/cvss-v3.1.json}); findings carry {@link CsafFinding#SCHEMA} and pointers that
     * start at {@code path}. Test 6.1.8 (Invalid CVSS) checks each CVSS object this way. A fragment selects a
     * subschema ({@code ...csaf_json_schema.json#/$defs/product_id_t}).
     *
     * @throws IllegalArgumentException when no bundled schema has that id
     */
    public List<CsafFinding> validate(String schemaId, JsonValue value, String path) {
        SchemaNode node = compiled.get(schemaId);
        if (node == null) {
            node = compile(schemaId);
        }
        return check(node, value, path);
    }

    private synchronized SchemaNode compile(String schemaId) {
        SchemaNode node = compiled.get(schemaId);
        if (node != null) {
            return node;
        }
        if (!metadataRegistered && !compiler.knows(schemaId)) {
            compiler.register(resource("provider_json_schema.json"));
            compiler.register(resource("aggregator_json_schema.json"));
            metadataRegistered = true;
        }
        if (!compiler.knows(schemaId)) {
            throw new IllegalArgumentException("No bundled schema has the id " + schemaId + ".");
        }
        node = compiler.compile(schemaId);
        compiled.put(schemaId, node);
        return node;
    }

    private static List<CsafFinding> check(SchemaNode node, JsonValue value, String path) {
        if (node.accepts(value)) {
            return List.of();
        }
        Findings findings = new Findings(MAX_FINDINGS);
        node.report(value, path, findings);
        if (findings.size() == 0) {
            findings.add(path, "does not satisfy the schema " + node.location());
        }
        return findings.list();
    }

    private static JsonValue resource(String name) {
        String path = new StringBuilder("schema/").append(name).toString(); // no +: see SchemaCompiler.step
        try (InputStream in = CsafSchema.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The bundled schema " + name + " is missing from the class path.");
            }
            return JsonReader.readCanonical(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
