package dev.madoguchi.csaf;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Documents mutated from a valid one, one change each, for comparing verdicts with the oracle: every member removed
 * in turn (so each required one), values of the wrong type, empty and unknown strings, bad and edge-case date-times
 * and URIs, emptied arrays and repeated items, out-of-range numbers. Most mutations are kept by a fixed stride so that
 * a large document does not yield tens of thousands; every date-time and URI mutation is kept.
 */
final class SchemaMutations {

    /** One mutated document. */
    record Mutation(String description, String json) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int PER_DOCUMENT = 900;
    private static final List<String> DATE_TIMES = List.of("2024-02-30T00:00:00Z", "2023-02-29T00:00:00Z",
            "2024-02-29T00:00:00Z", "2024-01-01 00:00:00Z", "2024-01-01T24:00:00Z", "2024-01-01T00:60:00Z",
            "2024-01-01T00:00:00+0100", "2024-01-01T00:00:00+01:00", "2024-01-01t00:00:00z", "2024-01-01T00:00:00",
            "2024-13-01T00:00:00Z", "2024-01-01T00:00:00.Z", "2024-01-01T00:00:00.123456789-05:30", "2024-01-01",
            "24-01-01T00:00:00Z", "2024-01-01T00:00:00+24:00", "not a date");
    private static final List<String> URIS = List.of("https://example.com/a b", "not a uri",
            "https://example.com/%zz", "https://example.com/a%20b?q=1#f", "urn:example:animal:ferret:nose",
            "mailto:psirt@example.com", "//example.com/relative", "/relative/path", "https://exa_mple.com:8443/x",
            "https://[::1]/x", "https://user@example.com/x", "https://example.com/a#b#c", "https://example.com/{x}",
            "https://example.com/a|b", "ftp://example.com", "https://example.com/\\x");

    private SchemaMutations() {
    }

    static List<Mutation> of(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        List<Op> always = new ArrayList<>();
        List<Op> sampled = new ArrayList<>();
        collect(root, "", always, sampled);
        List<Mutation> mutations = new ArrayList<>();
        for (Op op : always) {
            mutations.add(apply(root, op));
        }
        int stride = Math.max(1, sampled.size() / PER_DOCUMENT);
        for (int i = 0; i < sampled.size(); i += stride) {
            mutations.add(apply(root, sampled.get(i)));
        }
        return mutations;
    }

    /** A change: the value at {@code pointer} replaced by {@code value}, or removed when it is {@code null}. */
    private record Op(String pointer, JsonNode value, String description) {
    }

    private static void collect(JsonNode node, String pointer, List<Op> always, List<Op> sampled) {
        if (!pointer.isEmpty()) {
            typeSwaps(node, pointer, sampled);
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                String at = pointer + "/" + member.getKey().replace("~", "~0").replace("/", "~1");
                sampled.add(new Op(at, null, "remove " + at));
                collect(member.getValue(), at, always, sampled);
            }
        } else if (node.isArray()) {
            sampled.add(new Op(pointer, NODES.arrayNode(), "empty " + pointer));
            if (!node.isEmpty()) {
                sampled.add(new Op(pointer, ((ArrayNode) node.deepCopy()).add(node.get(0).deepCopy()),
                        "repeat the first item of " + pointer));
            }
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, always, sampled);
            }
        } else if (node.isTextual()) {
            String text = node.textValue();
            if (text.matches("\\d{4}-\\d\\d-\\d\\dT.*")) {
                DATE_TIMES.forEach(d -> always.add(new Op(pointer, NODES.textNode(d), pointer + " = " + d)));
            } else if (text.startsWith("http")) {
                URIS.forEach(u -> always.add(new Op(pointer, NODES.textNode(u), pointer + " = " + u)));
            }
            for (String bad : List.of("", "BOGUS", " padded ", "CVSS:3.1/AV:X", "7.5")) {
                sampled.add(new Op(pointer, NODES.textNode(bad), pointer + " = \"" + bad + "\""));
            }
        } else if (node.isNumber()) {
            for (JsonNode bad : List.of(NODES.numberNode(-1), NODES.numberNode(10.5), NODES.numberNode(10.0),
                    NODES.numberNode(0))) {
                sampled.add(new Op(pointer, bad, pointer + " = " + bad));
            }
        }
    }

    private static void typeSwaps(JsonNode node, String pointer, List<Op> sampled) {
        JsonNode swapped = node.isTextual() ? NODES.numberNode(42) : node.isNumber() ? NODES.textNode("7")
                : node.isArray() ? NODES.objectNode() : node.isObject() ? NODES.arrayNode() : NODES.nullNode();
        sampled.add(new Op(pointer, swapped, pointer + " as " + swapped.getNodeType()));
        if (node.isObject()) {
            sampled.add(new Op(pointer, NODES.objectNode(), "empty object at " + pointer));
        }
    }

    private static Mutation apply(JsonNode root, Op op) {
        JsonNode copy = root.deepCopy();
        com.fasterxml.jackson.core.JsonPointer at = com.fasterxml.jackson.core.JsonPointer.compile(op.pointer);
        JsonNode parent = copy.at(at.head());
        String last = at.last().getMatchingProperty();
        if (parent instanceof ObjectNode object) {
            if (op.value == null) {
                object.remove(last);
            } else {
                object.set(last, op.value);
            }
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), op.value);
        }
        try {
            return new Mutation(op.description, MAPPER.writeValueAsString(copy));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
