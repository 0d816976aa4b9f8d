package dev.madoguchi.advisories;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The bytes of a CSAF document depend on its content only (RFC 8259 JSON, UTF-8). */
class CsafJsonTests {

    @Test
    void membersAreSortedByNameWhateverOrderTheyWereAddedIn() {
        Map<String, Object> added = new LinkedHashMap<>();
        added.put("version", "1");
        added.put("category", "x");
        added.put("baseScore", new BigDecimal("7.5"));
        assertThat(new String(CsafJson.write(added), StandardCharsets.UTF_8))
                .isEqualTo("{\n  \"baseScore\": 7.5,\n  \"category\": \"x\",\n  \"version\": \"1\"\n}\n");
    }

    @Test
    void arraysAndNestedObjectsAreIndentedByTwoSpacesPerLevel() {
        assertThat(new String(CsafJson.write(Map.of("a", List.of(Map.of("b", 1), "c"))), StandardCharsets.UTF_8))
                .isEqualTo("{\n  \"a\": [\n    {\n      \"b\": 1\n    },\n    \"c\"\n  ]\n}\n");
    }

    @Test
    void quotesBackslashesAndControlCharactersAreEscapedAndOtherCharactersWrittenAsUtf8() {
        String text = new String(CsafJson.write(Map.of("t", "\"a\\b\"\n\t\u0001 日本語 \u2028")),
                StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("{\n  \"t\": \"\\\"a\\\\b\\\"\\n\\t\\u0001 日本語 \u2028\"\n}\n");
    }
}
