package dev.madoguchi.trustedprovider;

import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** How every JSON file of the provider is written: UTF-8, indented, ending with a newline. */
final class JsonFiles {

    private JsonFiles() {
    }

    static byte[] write(JsonMapper json, JsonNode node) {
        return (json.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
