package dev.madoguchi.csaf.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.madoguchi.csaf.CsafFinding;
import dev.madoguchi.csaf.JsonReader;
import dev.madoguchi.csaf.JsonValue;

/** Each keyword on crafted schemas and values: what passes, what fails, where and with which message. */
class SchemaKeywordTests {

    private static final String ID = "https://example.com/test.json";

    private static SchemaNode compile(String dialect, String keywords) {
        SchemaCompiler compiler = new SchemaCompiler();
        String idKeyword = dialect.contains("draft-04") ? "id" : "$id";
        compiler.register(json("{\"$schema\": \"" + dialect + "\", \"" + idKeyword + "\": \"" + ID + "\", "
                + keywords + "}"));
        return compiler.compile(ID);
    }

    private static SchemaNode compile(String keywords) {
        return compile("https://json-schema.org/draft/2020-12/schema", keywords);
    }

    private static JsonValue json(String text) {
        return JsonReader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<CsafFinding> findings(SchemaNode schema, String value) {
        JsonValue parsed = json(value);
        Findings findings = new Findings(100);
        schema.report(parsed, "", findings);
        assertThat(findings.size() == 0).as("accepts agrees with report on " + value)
                .isEqualTo(schema.accepts(parsed));
        return findings.list();
    }

    private static List<String> messages(SchemaNode schema, String value) {
        return findings(schema, value).stream().map(f -> f.path() + " " + f.message()).toList();
    }

    @Test
    void typeNamesTheExpectedAndTheFoundType() {
        SchemaNode schema = compile("\"type\": \"string\"");
        assertThat(messages(schema, "\"x\"")).isEmpty();
        assertThat(messages(schema, "5")).containsExactly(" must be a string, not a number (5)");
        assertThat(messages(schema, "[]")).containsExactly(" must be a string, not an array");
    }

    @Test
    void integerIsANumberWithoutFractionWhateverItsNotation() {
        SchemaNode schema = compile("\"type\": \"integer\"");
        assertThat(messages(schema, "3")).isEmpty();
        assertThat(messages(schema, "3.0")).isEmpty();
        assertThat(messages(schema, "3e2")).isEmpty();
        assertThat(messages(schema, "3.5")).hasSize(1);
        assertThat(messages(compile("\"type\": [\"number\", \"null\"]"), "null")).isEmpty();
        assertThat(messages(compile("\"type\": \"number\""), "3")).isEmpty();
    }

    @Test
    void requiredIsReportedAtTheObjectForEachMissingName() {
        SchemaNode schema = compile("\"required\": [\"a\", \"b\"]");
        assertThat(messages(schema, "{\"a\": 1}")).containsExactly(" must have required property 'b'");
        assertThat(messages(schema, "{}")).hasSize(2);
        assertThat(messages(schema, "[]")).isEmpty();
    }

    @Test
    void propertiesAreCheckedAtTheMembersPointerWithEscaping() {
        SchemaNode schema = compile("\"properties\": {\"a/b\": {\"type\": \"string\"}}");
        assertThat(messages(schema, "{\"a/b\": 1}")).containsExactly("/a~1b must be a string, not a number (1)");
        assertThat(messages(schema, "{\"c\": 1}")).isEmpty();
    }

    @Test
    void additionalPropertiesFalseNamesTheStrayMember() {
        SchemaNode schema = compile("\"properties\": {\"a\": true}, \"additionalProperties\": false");
        assertThat(messages(schema, "{\"a\": 1}")).isEmpty();
        assertThat(messages(schema, "{\"a\": 1, \"z\": 2}")).singleElement().asString().startsWith("/z is not allowed");
        assertThat(messages(compile("\"additionalProperties\": {\"type\": \"integer\"}"), "{\"q\": \"x\"}"))
                .containsExactly("/q must be an integer, not a string");
    }

    @Test
    void propertyCounts() {
        SchemaNode schema = compile("\"minProperties\": 1, \"maxProperties\": 2");
        assertThat(messages(schema, "{}")).containsExactly(" must have at least 1 property, not 0");
        assertThat(messages(schema, "{\"a\":1,\"b\":2,\"c\":3}")).containsExactly(" must have at most 2 properties, not 3");
        assertThat(messages(compile("\"maxProperties\": 0"), "{\"a\":1}")).hasSize(1);
    }

    @Test
    void itemsAreCheckedAtTheirIndex() {
        SchemaNode schema = compile("\"items\": {\"type\": \"string\"}, \"minItems\": 1, \"maxItems\": 3");
        assertThat(messages(schema, "[\"a\", 2]")).containsExactly("/1 must be a string, not a number (2)");
        assertThat(messages(schema, "[]")).containsExactly(" must have at least 1 item, not 0");
        assertThat(messages(schema, "[\"a\",\"b\",\"c\",\"d\"]")).containsExactly(" must have at most 3 items, not 4");
    }

    @Test
    void uniqueItemsComparesByValueIncludingNumbersAndPointsAtTheRepeat() {
        SchemaNode schema = compile("\"uniqueItems\": true");
        assertThat(messages(schema, "[1, 2, 3]")).isEmpty();
        assertThat(messages(schema, "[1, 2, 1.0]")).containsExactly("/2 must not repeat item 0 of the array (1.0): items must be unique");
        assertThat(messages(schema, "[{\"a\": [1]}, {\"a\": [1.00]}]")).hasSize(1);
        assertThat(messages(schema, "[{\"a\": 1, \"b\": 2}, {\"b\": 2, \"a\": 1}]")).hasSize(1);
        assertThat(messages(schema, "[true, 1, \"1\", null, false]")).isEmpty();
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i < 100; i++) {
            many.append(i).append(',');
        }
        assertThat(messages(schema, many + "0]")).containsExactly("/100 must not repeat item 0 of the array (0): items must be unique");
        assertThat(messages(schema, many + "100]")).isEmpty();
    }

    @Test
    void lengthsCountCodePointsNotUtf16Units() {
        SchemaNode schema = compile("\"minLength\": 2, \"maxLength\": 3");
        assertThat(messages(schema, "\"\uD83D\uDE00\uD83D\uDE00\"")).isEmpty();
        assertThat(messages(schema, "\"\uD83D\uDE00\"")).hasSize(1);
        assertThat(messages(schema, "\"abcd\"")).containsExactly(" must be at most 3 characters long, not 4");
        assertThat(messages(compile("\"minLength\": 1"), "\"\"")).containsExactly(" must not be empty");
    }

    @Test
    void patternIsSearchedNotAnchored() {
        SchemaNode schema = compile("\"pattern\": \"b+\"");
        assertThat(messages(schema, "\"abba\"")).isEmpty();
        assertThat(messages(schema, "\"ac\"")).containsExactly(" \"ac\" must match the pattern b+");
        assertThat(messages(schema, "5")).isEmpty();
    }

    @Test
    void enumAndConstCompareJsonValues() {
        SchemaNode strings = compile("\"enum\": [\"a\", \"b\"]");
        assertThat(messages(strings, "\"c\"")).containsExactly(" \"c\" must be one of [\"a\", \"b\"]");
        assertThat(messages(strings, "1")).hasSize(1);
        SchemaNode mixed = compile("\"enum\": [1, null, {\"x\": true}]");
        assertThat(messages(mixed, "1.0")).isEmpty();
        assertThat(messages(mixed, "null")).isEmpty();
        assertThat(messages(mixed, "{\"x\": true}")).isEmpty();
        assertThat(messages(mixed, "{\"x\": false}")).hasSize(1);
        assertThat(messages(compile("\"const\": 2"), "2.0")).isEmpty();
        assertThat(messages(compile("\"const\": 2"), "3")).containsExactly(" 3 must be 2");
    }

    @Test
    void numericBoundsAreExact() {
        SchemaNode schema = compile("\"minimum\": 0, \"maximum\": 10");
        assertThat(messages(schema, "0")).isEmpty();
        assertThat(messages(schema, "10.0")).isEmpty();
        assertThat(messages(schema, "10.000000000000000001")).containsExactly(" must be at most 10, not 10.000000000000000001");
        assertThat(messages(schema, "-0.1")).containsExactly(" must be at least 0, not -0.1");
        SchemaNode exclusive = compile("\"exclusiveMinimum\": 0, \"exclusiveMaximum\": 1");
        assertThat(messages(exclusive, "0")).containsExactly(" must be greater than 0, not 0");
        assertThat(messages(exclusive, "1")).containsExactly(" must be less than 1, not 1");
        assertThat(messages(exclusive, "0.5")).isEmpty();
        SchemaNode draft4 = compile("http://json-schema.org/draft-04/schema#", "\"maximum\": 1, \"exclusiveMaximum\": true");
        assertThat(messages(draft4, "1")).hasSize(1);
        assertThat(messages(draft4, "0.99")).isEmpty();
    }

    @Test
    void combinators() {
        SchemaNode anyOf = compile("\"anyOf\": [{\"type\": \"string\"}, {\"type\": \"integer\"}]");
        assertThat(messages(anyOf, "1")).isEmpty();
        assertThat(messages(anyOf, "true")).first().asString().contains("at least one schema of anyOf");
        SchemaNode oneOf = compile("\"oneOf\": [{\"type\": \"number\"}, {\"type\": \"integer\"}]");
        assertThat(messages(oneOf, "1.5")).isEmpty();
        assertThat(messages(oneOf, "1")).containsExactly(" must match exactly one schema of oneOf, but matches schema 1 and schema 2");
        SchemaNode allOf = compile("\"allOf\": [{\"minLength\": 2}, {\"pattern\": \"^a\"}]");
        assertThat(messages(allOf, "\"b\"")).hasSize(2);
        assertThat(messages(compile("\"not\": {\"type\": \"null\"}"), "null")).hasSize(1);
        assertThat(messages(compile("\"not\": {\"type\": \"null\"}"), "1")).isEmpty();
    }

    @Test
    void oneOfExplainsTheBranchAMemberSelects() {
        SchemaNode schema = compile("\"oneOf\": [{\"$ref\": \"#/$defs/v1\"}, {\"$ref\": \"#/$defs/v2\"}], \"$defs\": {"
                + "\"v1\": {\"properties\": {\"version\": {\"enum\": [\"1\"]}, \"n\": {\"type\": \"string\"}}, \"required\": [\"version\"]},"
                + "\"v2\": {\"properties\": {\"version\": {\"const\": \"2\"}, \"n\": {\"type\": \"integer\"}}, \"required\": [\"version\"]}}");
        assertThat(messages(schema, "{\"version\": \"2\", \"n\": 1}")).isEmpty();
        assertThat(messages(schema, "{\"version\": \"2\", \"n\": \"x\"}")).containsExactly(
                " must match one schema of oneOf; its \"version\" \"2\" selects schema 2 (#/$defs/v2), which it breaks:",
                "/n must be an integer, not a string");
    }

    @Test
    void refsResolveWithinAndAcrossRegisteredSchemasAndMayRecurse() {
        SchemaCompiler compiler = new SchemaCompiler();
        compiler.register(json("{\"$schema\": \"http://json-schema.org/draft-07/schema#\", \"$id\": \"https://example.com/other.json?v=1\","
                + " \"definitions\": {\"n\": {\"type\": \"integer\"}}}"), "https://example.com/other.json");
        compiler.register(json("{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"$id\": \"" + ID + "\","
                + " \"properties\": {\"n\": {\"$ref\": \"https://example.com/other.json#/definitions/n\"},"
                + " \"tree\": {\"$ref\": \"#/$defs/tree\"}},"
                + " \"$defs\": {\"tree\": {\"type\": \"object\", \"properties\": {\"branches\": {\"type\": \"array\", \"items\": {\"$ref\": \"#/$defs/tree\"}}}}}}"));
        SchemaNode schema = compiler.compile(ID);
        assertThat(messages(schema, "{\"n\": 1, \"tree\": {\"branches\": [{\"branches\": [{}]}]}}")).isEmpty();
        assertThat(messages(schema, "{\"n\": \"1\", \"tree\": {\"branches\": [{\"branches\": [5]}]}}")).containsExactly(
                "/n must be an integer, not a string", "/tree/branches/0/branches/0 must be an object, not a number (5)");
    }

    @Test
    void draft07IgnoresTheSiblingsOfRefWhile202012AppliesThem() {
        String keywords = "\"properties\": {\"a\": {\"$ref\": \"#/$defs/s\", \"minLength\": 3}}, \"$defs\": {\"s\": {\"type\": \"string\"}}";
        assertThat(messages(compile("http://json-schema.org/draft-07/schema#", keywords), "{\"a\": \"x\"}")).isEmpty();
        assertThat(messages(compile(keywords), "{\"a\": \"x\"}")).hasSize(1);
    }

    @Test
    void unknownKeywordsFormatsAndUnresolvableRefsRefuseTheSchema() {
        assertThatThrownBy(() -> compile("\"patternProperties\": {}")).isInstanceOf(SchemaException.class)
                .hasMessageContaining("unsupported keyword 'patternProperties'");
        assertThatThrownBy(() -> compile("\"properties\": {\"a\": {\"if\": true}}")).isInstanceOf(SchemaException.class);
        assertThatThrownBy(() -> compile("\"format\": \"hostname\"")).isInstanceOf(SchemaException.class);
        assertThatThrownBy(() -> compile("\"$ref\": \"https://example.org/elsewhere.json\"")).isInstanceOf(SchemaException.class)
                .hasMessageContaining("never fetched");
        assertThatThrownBy(() -> compile("\"$ref\": \"#/$defs/missing\"")).isInstanceOf(SchemaException.class);
        assertThatThrownBy(() -> compile("\"items\": [true]")).isInstanceOf(SchemaException.class);
        assertThatThrownBy(() -> compile("http://json-schema.org/draft-06/schema#", "\"title\": \"t\"")).isInstanceOf(SchemaException.class);
        assertThat(compile("\"title\": \"t\", \"description\": \"d\", \"examples\": [], \"default\": 1, \"$comment\": \"c\"")
                .accepts(json("1"))).isTrue();
    }

    @Test
    void aSchemaApplyingItselfToTheSameValueIsRefused() {
        assertThatThrownBy(() -> compile("\"$ref\": \"#/$defs/a\", \"$defs\": {\"a\": {\"allOf\": [{\"$ref\": \"#\"}]}}"))
                .isInstanceOf(SchemaException.class).hasMessageContaining("endlessly");
    }

    @Test
    void everyPatternOfTheBundledSchemasRunsInJava() throws Exception {
        int count = 0;
        for (String name : List.of("csaf_json_schema.json", "cvss-v2.0.json", "cvss-v3.0.json", "cvss-v3.1.json",
                "provider_json_schema.json", "aggregator_json_schema.json")) {
            try (java.io.InputStream in = dev.madoguchi.csaf.CsafSchema.class.getResourceAsStream("schema/" + name)) {
                List<String> patterns = new java.util.ArrayList<>();
                collectPatterns(JsonReader.read(in.readAllBytes()), patterns);
                for (String pattern : patterns) {
                    assertThat(EcmaRegex.compile(pattern, name)).isNotNull();
                    count++;
                }
            }
        }
        assertThat(count).isEqualTo(16);
    }

    private static void collectPatterns(JsonValue value, List<String> patterns) {
        for (var member : value.members().entrySet()) {
            if (member.getKey().equals("pattern") && member.getValue().isString()) {
                patterns.add(member.getValue().text());
            } else {
                collectPatterns(member.getValue(), patterns);
            }
        }
        for (JsonValue element : value.elements()) {
            collectPatterns(element, patterns);
        }
    }

    @Test
    void booleanSchemas() {
        assertThat(messages(compile("\"properties\": {\"a\": false}"), "{\"a\": 1}")).hasSize(1);
        assertThat(messages(compile("\"items\": true"), "[1]")).isEmpty();
    }

    @Test
    void findingsAreBoundedWithANoteThatMoreWereLeftOut() {
        SchemaNode schema = compile("\"items\": {\"type\": \"string\"}");
        StringBuilder many = new StringBuilder("[0");
        for (int i = 1; i < 500; i++) {
            many.append(',').append(i);
        }
        Findings findings = new Findings(10);
        schema.report(json(many + "]"), "", findings);
        assertThat(findings.list()).hasSize(11).last().extracting(CsafFinding::message).asString().contains("not listed");
    }
}
