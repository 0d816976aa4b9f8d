package dev.madoguchi.csaf.schema;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.madoguchi.csaf.JsonValue;

/**
 * Compiles JSON schemas (draft-04, draft-07, 2020-12, as far as the CSAF 2.0 and FIRST CVSS schemas use them) into
 * {@link SchemaNode}s. Schemas are registered by their {@code $id} ({@code id} in draft-04) and by any alias given;
 * {@code $ref}s are resolved among the registered schemas only, never fetched. Every keyword that is neither
 * implemented nor a mere annotation refuses the schema ({@link SchemaException}).
 *
 * <p>Each subschema is compiled once, keyed by its location, so a schema referred to from many places (or from
 * itself) is one node. Work is a queue rather than recursion, so schema depth costs no stack. Not thread-safe; the
 * owner compiles under a lock and publishes the finished nodes.
 */
public final class SchemaCompiler {

    private static final Set<String> ANNOTATIONS = Set.of("title", "description", "examples", "default", "$comment",
            "$schema", "license", "deprecated", "readOnly", "writeOnly", "$id", "id");

    private final Map<String, Resource> resources = new HashMap<>();
    private final Map<String, SchemaNode> nodes = new HashMap<>();
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();

    /** A registered schema document. */
    private record Resource(String uri, JsonValue root, Dialect dialect) {
    }

    private record Pending(SchemaNode node, Resource resource, String pointer, JsonValue schema) {
    }

    /** How a dialect differs where these schemas are concerned. */
    private enum Dialect {
        DRAFT_04, DRAFT_07, DRAFT_2020_12;

        static Dialect of(String schema, String location) {
            if (schema != null) {
                if (schema.startsWith("http://json-schema.org/draft-04/schema")) {
                    return DRAFT_04;
                }
                if (schema.startsWith("http://json-schema.org/draft-07/schema")) {
                    return DRAFT_07;
                }
                if (schema.startsWith("https://json-schema.org/draft/2020-12/schema")) {
                    return DRAFT_2020_12;
                }
            }
            throw new SchemaException("unsupported $schema " + schema, location);
        }

        /** Before 2019-09, the keywords beside a {@code $ref} are ignored. */
        boolean refReplacesSiblings() {
            return this != DRAFT_2020_12;
        }

        String idKeyword() {
            return this == DRAFT_04 ? "id" : "$id";
        }
    }

    /**
     * Registers a schema document under its own id and under {@code aliases} (such as the undated address
     * {@code https://www.first.org/cvss/cvss-v3.1.json} by which the CSAF schema refers to the FIRST schema whose
     * {@code $id} carries a date).
     */
    public void register(JsonValue root, String... aliases) {
        Dialect dialect = Dialect.of(root.get("$schema").text(), "a schema's root");
        String id = root.get(dialect.idKeyword()).text();
        if (id == null) {
            throw new SchemaException("the schema has no " + dialect.idKeyword(), "a schema's root");
        }
        String uri = withoutFragment(id);
        Resource resource = new Resource(uri, root, dialect);
        resources.put(uri, resource);
        for (String alias : aliases) {
            resources.put(withoutFragment(alias), resource);
        }
    }

    /** Whether a schema is registered under this URI (any fragment ignored). */
    public boolean knows(String uri) {
        return resources.containsKey(withoutFragment(uri));
    }

    /** The node of a registered schema, or of the subschema a fragment names ({@code ...json#/$defs/x}). */
    public SchemaNode compile(String uri) {
        Resource resource = resources.get(withoutFragment(uri));
        if (resource == null) {
            throw new SchemaException("no bundled schema has the id " + withoutFragment(uri)
                    + " (schemas are never fetched)", uri);
        }
        int hash = uri.indexOf('#');
        SchemaNode node = node(resource, hash < 0 ? "" : fragmentPointer(uri.substring(hash + 1), uri));
        List<SchemaNode> filled = new ArrayList<>();
        while (!queue.isEmpty()) {
            Pending next = queue.poll();
            fill(next);
            filled.add(next.node);
        }
        InPlaceCycles cycles = new InPlaceCycles();
        for (SchemaNode compiled : filled) {
            cycles.check(compiled);
        }
        return node;
    }

    private static String withoutFragment(String uri) {
        int hash = uri.indexOf('#');
        return hash < 0 ? uri : uri.substring(0, hash);
    }

    private SchemaNode node(Resource resource, String pointer) {
        return node(resource, pointer, null);
    }

    /** The node at a location; {@code schema} is the value there if the caller has it at hand, else looked up. */
    private SchemaNode node(Resource resource, String pointer, JsonValue schema) {
        String location = new StringBuilder(resource.uri.length() + 1 + pointer.length()).append(resource.uri)
                .append('#').append(pointer).toString(); // no string concatenation here: see step()
        SchemaNode node = nodes.get(location);
        if (node == null) {
            if (schema == null) {
                schema = resolve(resource.root, pointer, location);
            }
            node = new SchemaNode(location);
            nodes.put(location, node);
            queue.add(new Pending(node, resource, pointer, schema));
        }
        return node;
    }

    private static JsonValue resolve(JsonValue root, String pointer, String location) {
        JsonValue at = root;
        if (!pointer.isEmpty()) {
            for (String token : pointer.substring(1).split("/", -1)) {
                String name = token.replace("~1", "/").replace("~0", "~");
                at = at.isArray() ? at.get(index(name)) : at.get(name);
            }
        }
        if (at.isMissing()) {
            throw new SchemaException("$ref to a location that does not exist", location);
        }
        return at;
    }

    private static int index(String token) {
        try {
            return token.length() > 1 && token.charAt(0) == '0' ? -1 : Integer.parseInt(token);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A URI fragment as a JSON pointer: percent-decoded (RFC 6901 §6); plain-name anchors are not supported. */
    private static String fragmentPointer(String fragment, String location) {
        if (!fragment.isEmpty() && fragment.charAt(0) != '/') {
            throw new SchemaException("anchor references (#" + fragment + ") are not supported", location);
        }
        if (fragment.indexOf('%') < 0) {
            return fragment;
        }
        return java.net.URLDecoder.decode(fragment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }

    private SchemaNode child(Pending at, String... tokens) {
        String pointer = at.pointer;
        JsonValue schema = at.schema;
        for (String token : tokens) {
            pointer = step(pointer, token);
            schema = schema.get(token);
        }
        return node(at.resource, pointer, schema);
    }

    /**
     * A JSON pointer one step further (RFC 6901 escaping), built without the {@code +} operator: each string
     * concatenation site costs milliseconds of bootstrap the first time it runs, and compiling runs on every start of
     * {@code csaf validate}.
     */
    private static String step(String pointer, String token) {
        StringBuilder out = new StringBuilder(pointer.length() + token.length() + 4).append(pointer).append('/');
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '~') {
                out.append("~0");
            } else if (c == '/') {
                out.append("~1");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private void fill(Pending at) {
        JsonValue schema = at.schema;
        String location = at.node.location();
        List<Check> checks = new ArrayList<>();
        if (schema.isBoolean()) {
            if (!((JsonValue.Bool) schema).value()) {
                checks.add(new ValueKeywords.Never());
            }
            at.node.checks(checks);
            return;
        }
        if (!schema.isObject()) {
            throw new SchemaException("a schema must be an object or a boolean", location);
        }
        JsonValue ref = schema.get("$ref");
        if (ref.exists()) {
            checks.add(reference(at, ref, location));
            if (at.resource.dialect.refReplacesSiblings()) {
                at.node.checks(checks);
                return;
            }
        }
        if (!at.pointer.isEmpty() && schema.get(at.resource.dialect.idKeyword()).isString()) {
            throw new SchemaException("embedded schema resources (a nested id) are not supported", location);
        }
        int typeAt = -1;
        for (Map.Entry<String, JsonValue> member : schema.members().entrySet()) {
            String keyword = member.getKey();
            JsonValue value = member.getValue();
            switch (keyword) {
                case "$ref", "additionalProperties", "maxItems", "maxLength", "maximum", "exclusiveMinimum",
                        "exclusiveMaximum", "maxProperties":
                    break; // read with their partner keyword
                case "type":
                    typeAt = checks.size();
                    checks.add(TypeCheck.of(value, location));
                    break;
                case "properties":
                    checks.add(properties(at, value, location));
                    break;
                case "required":
                    checks.add(new ObjectKeywords.Required(KeywordValues.strings(value, keyword, location)));
                    break;
                case "minProperties":
                    checks.add(new ObjectKeywords.Count(KeywordValues.count(value, keyword, location),
                            KeywordValues.optionalCount(schema, "maxProperties", location)));
                    break;
                case "items":
                    if (!value.isObject() && !value.isBoolean()) {
                        throw new SchemaException("'items' as a list (tuple validation) is not supported", location);
                    }
                    checks.add(new ArrayKeywords.Items(child(at, "items")));
                    break;
                case "minItems":
                    checks.add(new ArrayKeywords.Count(KeywordValues.count(value, keyword, location),
                            KeywordValues.optionalCount(schema, "maxItems", location)));
                    break;
                case "uniqueItems":
                    if (!value.isBoolean()) {
                        throw new SchemaException("'uniqueItems' must be a boolean", location);
                    }
                    if (((JsonValue.Bool) value).value()) {
                        checks.add(new ArrayKeywords.Unique());
                    }
                    break;
                case "minLength":
                    checks.add(new StringKeywords.Length(KeywordValues.count(value, keyword, location),
                            KeywordValues.optionalCount(schema, "maxLength", location)));
                    break;
                case "pattern":
                    if (!value.isString()) {
                        throw new SchemaException("'pattern' must be a string", location);
                    }
                    checks.add(new StringKeywords.Matches(value.text(), location));
                    break;
                case "format":
                    Format format = Format.of(value.text());
                    if (format == null) {
                        throw new SchemaException("format " + value + " is not supported", location);
                    }
                    checks.add(new StringKeywords.Formatted(format));
                    break;
                case "enum":
                    if (!value.isArray() || value.elements().isEmpty()) {
                        throw new SchemaException("'enum' must be a non-empty list", location);
                    }
                    checks.add(new ValueKeywords.Enum(value.elements()));
                    break;
                case "const":
                    checks.add(new ValueKeywords.Const(value));
                    break;
                case "minimum":
                    checks.add(new NumberBounds(KeywordValues.decimal(value, keyword, location), true,
                            exclusiveFlag(at, schema, "exclusiveMinimum", location)));
                    break;
                case "allOf", "anyOf", "oneOf":
                    SchemaNode[] branches = branches(at, keyword, value, location);
                    checks.add(keyword.equals("allOf") ? new Combinators.AllOf(branches)
                            : new Combinators.OneOf(branches, keyword.equals("oneOf")));
                    break;
                case "not":
                    checks.add(new Combinators.Not(child(at, "not")));
                    break;
                case "$defs", "definitions":
                    for (String name : value.members().keySet()) {
                        child(at, keyword, name); // compiled so that every keyword anywhere is vetted
                    }
                    break;
                default:
                    if (!ANNOTATIONS.contains(keyword)) {
                        throw new SchemaException("unsupported keyword '" + keyword + "'", location);
                    }
            }
        }
        partnersAlone(at, schema, checks, location);
        if (typeAt > 0) {
            checks.add(0, checks.remove(typeAt)); // the type first: its finding explains the others
        }
        at.node.checks(checks);
    }

    /** The partner keywords given without the one they were read with. */
    private void partnersAlone(Pending at, JsonValue schema, List<Check> checks, String location) {
        if (schema.get("maxProperties").exists() && schema.get("minProperties").isMissing()) {
            checks.add(new ObjectKeywords.Count(0,
                    KeywordValues.count(schema.get("maxProperties"), "maxProperties", location)));
        }
        if (schema.get("maxItems").exists() && schema.get("minItems").isMissing()) {
            checks.add(new ArrayKeywords.Count(0, KeywordValues.count(schema.get("maxItems"), "maxItems", location)));
        }
        if (schema.get("maxLength").exists() && schema.get("minLength").isMissing()) {
            checks.add(new StringKeywords.Length(0,
                    KeywordValues.count(schema.get("maxLength"), "maxLength", location)));
        }
        if (schema.get("maximum").exists()) {
            checks.add(new NumberBounds(KeywordValues.decimal(schema.get("maximum"), "maximum", location), false,
                    exclusiveFlag(at, schema, "exclusiveMaximum", location)));
        }
        if (schema.get("additionalProperties").exists() && schema.get("properties").isMissing()) {
            checks.add(new ObjectKeywords.Properties(new String[0], new SchemaNode[0],
                    child(at, "additionalProperties")));
        }
        for (String numeric : new String[] {"exclusiveMinimum", "exclusiveMaximum"}) {
            JsonValue limit = schema.get(numeric);
            if (limit.isNumber()) {
                checks.add(new NumberBounds(KeywordValues.decimal(limit, numeric, location),
                        numeric.equals("exclusiveMinimum"), true));
            } else if (limit.exists() && at.resource.dialect != Dialect.DRAFT_04) {
                throw new SchemaException("'" + numeric + "' must be a number", location);
            }
        }
    }

    /** Draft-04's boolean {@code exclusiveMinimum}/{@code exclusiveMaximum} turn the bound beside them strict. */
    private static boolean exclusiveFlag(Pending at, JsonValue schema, String keyword, String location) {
        JsonValue flag = schema.get(keyword);
        if (at.resource.dialect == Dialect.DRAFT_04 && flag.exists() && !flag.isBoolean()) {
            throw new SchemaException("'" + keyword + "' must be a boolean in draft-04", location);
        }
        return flag.isBoolean() && ((JsonValue.Bool) flag).value();
    }

    private Check reference(Pending at, JsonValue ref, String location) {
        String text = ref.text();
        if (text == null) {
            throw new SchemaException("'$ref' must be a string", location);
        }
        if (text.startsWith("#")) {
            return new Combinators.Ref(text, node(at.resource, fragmentPointer(text.substring(1), location)));
        }
        String absolute = text.contains(":") ? text : java.net.URI.create(at.resource.uri).resolve(text).toString();
        Resource target = resources.get(withoutFragment(absolute));
        if (target == null) {
            throw new SchemaException("$ref " + text + " names no bundled schema (schemas are never fetched)",
                    location);
        }
        int hash = absolute.indexOf('#');
        return new Combinators.Ref(text, node(target, hash < 0 ? "" : fragmentPointer(absolute.substring(hash + 1),
                location)));
    }

    private Check properties(Pending at, JsonValue value, String location) {
        if (!value.isObject()) {
            throw new SchemaException("'properties' must be an object", location);
        }
        String[] names = value.members().keySet().toArray(new String[0]);
        SchemaNode[] schemas = new SchemaNode[names.length];
        for (int i = 0; i < names.length; i++) {
            schemas[i] = child(at, "properties", names[i]);
        }
        SchemaNode additional = at.schema.get("additionalProperties").exists() ? child(at, "additionalProperties")
                : null;
        return new ObjectKeywords.Properties(names, schemas, additional);
    }

    private SchemaNode[] branches(Pending at, String keyword, JsonValue value, String location) {
        if (!value.isArray() || value.elements().isEmpty()) {
            throw new SchemaException("'" + keyword + "' must be a non-empty list", location);
        }
        SchemaNode[] branches = new SchemaNode[value.elements().size()];
        for (int i = 0; i < branches.length; i++) {
            branches[i] = node(at.resource, step(step(at.pointer, keyword), Integer.toString(i)), value.get(i));
        }
        return branches;
    }

}
