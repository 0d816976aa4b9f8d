package dev.madoguchi.csaf;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonReaderTests {

    private static JsonValue read(String json) {
        return JsonReader.read(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsEveryKindOfValueAndKeepsMemberOrder() {
        JsonValue root = read("{\"b\":[1,2.5e3,-0.1],\"a\":\"x\\u00e9\\n\",\"t\":true,\"f\":false,\"n\":null}");
        assertThat(root.members().keySet()).containsExactly("b", "a", "t", "f", "n");
        assertThat(root.get("b").get(1).isNumber()).isTrue();
        assertThat(root.get("a").text()).isEqualTo("xé\n");
        assertThat(root.get("t")).isSameAs(JsonValue.Bool.TRUE);
        assertThat(root.get("n").isNull()).isTrue();
        assertThat(root.get("missing").get("deeper").get(3).isMissing()).isTrue();
    }

    @Test
    void numbersCompareByValueAsJsonSchemaDoes() {
        assertThat(read("[1.0]").get(0)).isEqualTo(read("[1]").get(0));
        assertThat(read("[1.0]").get(0).typeName()).isEqualTo("integer");
        assertThat(read("[1.5]").get(0).typeName()).isEqualTo("number");
    }

    @Test
    void memberNameGivenTwiceIsRefused() {
        assertThatThrownBy(() -> read("{\"a\":1,\"a\":2}")).isInstanceOf(JsonReader.Refusal.class)
                .hasMessageContaining("\"a\" occurs twice");
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirOffset() {
        byte[] latin1 = "{\"a\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> JsonReader.read(latin1)).isInstanceOf(JsonReader.Refusal.class)
                .hasMessageContaining("not UTF-8").hasMessageContaining("offset 9");
    }

    @Test
    void nestingDeeperThanTheLimitIsRefusedWithoutExhaustingTheStack() {
        String deep = "[".repeat(1_000_000) + "]".repeat(1_000_000);
        assertThatThrownBy(() -> read(deep)).isInstanceOf(JsonReader.Refusal.class)
                .hasMessageContaining("more than " + JsonReader.MAX_DEPTH + " levels");
        String allowed = "[".repeat(JsonReader.MAX_DEPTH) + "]".repeat(JsonReader.MAX_DEPTH);
        assertThat(read(allowed).isArray()).isTrue();
    }

    @Test
    void brokenTextIsRefusedWithLineAndColumn() {
        assertThatThrownBy(() -> read("{\n  \"a\": tru\n}")).hasMessageContaining("line 2, column 8");
        assertThatThrownBy(() -> read("{\"a\":1")).hasMessageContaining("ends too early");
        assertThatThrownBy(() -> read("{\"a\":01}")).isInstanceOf(JsonReader.Refusal.class);
        assertThatThrownBy(() -> read("[1,]")).isInstanceOf(JsonReader.Refusal.class);
        assertThatThrownBy(() -> read("\"a\tb\"")).hasMessageContaining("control character");
        assertThatThrownBy(() -> read("{} {}")).hasMessageContaining("after the JSON value");
        assertThatThrownBy(() -> read("  ")).hasMessageContaining("empty");
    }

    @Test
    void byteOrderMarkIsIgnored() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};
        assertThat(JsonReader.read(bom).isObject()).isTrue();
    }

    @Test
    void documentsLargerThanTheLimitAreRefusedBeforeReading() {
        byte[] huge = new byte[(int) JsonReader.MAX_BYTES + 1];
        assertThatThrownBy(() -> JsonReader.read(huge)).hasMessageContaining("larger than the limit");
    }
}
