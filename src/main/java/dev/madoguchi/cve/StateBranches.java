package dev.madoguchi.cve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Which branch of the CVE JSON schema's top-level {@code oneOf} a record's {@code cveMetadata.state} selects. In the
 * CVE JSON 5.1.1 schema branch 0 ("Published") requires {@code cveMetadata.state} {@code PUBLISHED} and branch 1
 * ("Rejected") requires {@code REJECTED}; the states are read from the schema itself
 * ({@code oneOf[i].properties.cveMetadata} and the definition it refers to), so that another schema version with the
 * same shape needs no change here.
 *
 * @param states the states each branch accepts, by branch index; empty when the schema has no top-level {@code oneOf}
 */
record StateBranches(List<Set<String>> states) {

    StateBranches {
        states = List.copyOf(states);
    }

    static StateBranches of(JsonNode schema) {
        List<Set<String>> states = new ArrayList<>();
        for (JsonNode branch : schema.path("oneOf")) {
            JsonNode metadata = resolve(schema, branch.path("properties").path("cveMetadata"));
            JsonNode state = resolve(schema, metadata.path("properties").path("state"));
            Set<String> accepted = new LinkedHashSet<>();
            state.path("enum").forEach(value -> accepted.add(value.asText()));
            if (state.path("const").isTextual()) {
                accepted.add(state.path("const").textValue());
            }
            states.add(accepted);
        }
        return new StateBranches(states);
    }

    /** The branch whose records carry this state, if exactly one does. */
    OptionalInt branchFor(String state) {
        OptionalInt found = OptionalInt.empty();
        for (int i = 0; i < states.size(); i++) {
            if (states.get(i).contains(state)) {
                if (found.isPresent()) {
                    return OptionalInt.empty();
                }
                found = OptionalInt.of(i);
            }
        }
        return found;
    }

    /** Every state some branch accepts, in schema order (e.g. {@code [PUBLISHED, REJECTED]}). */
    Set<String> allStates() {
        Set<String> all = new LinkedHashSet<>();
        states.forEach(all::addAll);
        return all;
    }

    boolean isEmpty() {
        return states.isEmpty();
    }

    int size() {
        return states.size();
    }

    /** Follows a {@code $ref} within the schema document ({@code #/definitions/...}); other nodes stay as they are. */
    private static JsonNode resolve(JsonNode schema, JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? schema.at(ref.substring(1)) : node;
    }
}
