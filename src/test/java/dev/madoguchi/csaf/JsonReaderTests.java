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
    void objectsAreEqualWhateverTheOrderOfTheirMembers() {
        JsonValue one = read("{\"a\":1,\"b\":[true,{\"c\":null}]}");
        JsonValue two = read("{\"b\":[true,{\"c\":null}],\"a\":1.0}");
        assertThat(one).isEqualTo(two);
        assertThat(one.hashCode()).isEqualTo(two.hashCode());
        assertThat(one).isNotEqualTo(read("{\"a\":1}"));
        assertThat(one).isNotEqualTo(read("{\"a\":1,\"c\":[true,{\"c\":null}]}"));
        assertThat(read("{\"a\":1}")).isNotEqualTo(read("{\"a\":2}"));
    }

    @Test
    void memberNameGivenTwiceIsRefused() {
        assertThatThrownBy(() -> read("{\"a\":1,\"a\":2}")).isInstanceOf(JsonReader.Refusal.class)
                .hasMessageContaining("\"a\" occurs twice");
    }

    @Test
    void memberNamesAreTheSameWhateverTheirSpelling() {
        assertThatThrownBy(() -> read("{\"caf\\u00e9\":1,\"caf\u00e9\":2}")).hasMessageContaining("occurs twice");
        JsonValue root = read("[{\"name\":1},{\"nam\\u0065\":2},{\"\u540d\u524d\":3}]");
        assertThat(root.get(0).get("name")).isEqualTo(read("1"));
        assertThat(root.get(1).get("name")).isEqualTo(read("2"));
        assertThat(root.get(2).get("\u540d\u524d")).isEqualTo(read("3"));
    }

    @Test
    void stringsAreReadAlikeWhereverTheirSpecialBytesFallInTheEightByteScan() {
        String[] specials = {"\\\"", "\\n", "\u00e9", "\u3042", "\\\\", "~", " "};
        String[] meant = {"\"", "\n", "\u00e9", "\u3042", "\\", "~", " "};
        for (int before = 0; before < 20; before++) {
            for (int k = 0; k < specials.length; k++) {
                String text = "a".repeat(before) + specials[k] + "b".repeat(19 - before);
                JsonValue value = read("  ".repeat(before) + "[\"" + text + "\"]");
                assertThat(value.get(0).text()).as(text).isEqualTo("a".repeat(before) + meant[k] + "b".repeat(19 - before));
            }
        }
        byte[] tab = ("[\"" + "a".repeat(9) + "\t\"]").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> JsonReader.read(tab)).hasMessageContaining("control character");
        byte[] bad = ("[\"" + "a".repeat(11) + "\"]").getBytes(StandardCharsets.UTF_8);
        bad[7] = (byte) 0xFF;
        assertThatThrownBy(() -> JsonReader.read(bad)).hasMessageContaining("offset 7");
    }

    @Test
    void overlongAndSurrogateSequencesAreNotUtf8() {
        byte[] overlong = {'[', '"', (byte) 0xC0, (byte) 0xAF, '"', ']'};
        byte[] surrogate = {'[', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', ']'};
        byte[] truncated = {'[', '"', (byte) 0xE3, (byte) 0x81};
        assertThatThrownBy(() -> JsonReader.read(overlong)).hasMessageContaining("offset 2");
        assertThatThrownBy(() -> JsonReader.read(surrogate)).hasMessageContaining("offset 2");
        assertThatThrownBy(() -> JsonReader.read(truncated)).hasMessageContaining("offset 2");
        assertThat(JsonReader.read("[\"\u3042\ud83d\ude00\"]".getBytes(StandardCharsets.UTF_8)).get(0).text())
                .isEqualTo("\u3042\ud83d\ude00");
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
