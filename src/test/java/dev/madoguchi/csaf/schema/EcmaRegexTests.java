package dev.madoguchi.csaf.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ECMA-262 patterns keep their ECMA meaning in Java. */
class EcmaRegexTests {

    private static boolean finds(String pattern, String text) {
        return EcmaRegex.compile(pattern, "test").matcher(text).find();
    }

    @Test
    void dollarIsTheEndOfTheInputNotBeforeAFinalLineBreak() {
        assertThat(finds("^a$", "a")).isTrue();
        assertThat(finds("^a$", "a\n")).isFalse();
        assertThat(Pattern.compile("^a$").matcher("a\n").find()).isTrue(); // what the translation avoids
    }

    @Test
    void patternsAreNotAnchoredImplicitly() {
        assertThat(finds("\\.json$", "https://example.com/x.json")).isTrue();
        assertThat(finds("b", "abc")).isTrue();
    }

    @Test
    void whiteSpaceIsEcmasIncludingUnicodeSpaces() {
        assertThat(finds("^[\\S](.*[\\S])?$", "x\u00A0")).isFalse();
        assertThat(finds("^[\\S](.*[\\S])?$", "\uFEFFx")).isFalse();
        assertThat(finds("^[\\S](.*[\\S])?$", "x\u2003y")).isTrue();
        assertThat(finds("^[^\\s\\-_\\.](.*[^\\s\\-_\\.])?$", "a\u3000")).isFalse();
        assertThat(finds("\\s", "\u0085")).isFalse(); // NEL is no ECMA white space
    }

    @Test
    void dotExcludesExactlyEcmasLineTerminators() {
        assertThat(finds("^a.b$", "a\u0085b")).isTrue();
        assertThat(finds("^a.b$", "a\u2028b")).isFalse();
        assertThat(finds("^a.b$", "a\rb")).isFalse();
        assertThat(finds("^a.b$", "a\uD83D\uDE00b")).isTrue(); // one code point, as with the u flag
    }

    @Test
    void bracketAndDoubleAmpersandInAClassAreLiterals() {
        assertThat(finds("^[a[]+$", "a[a")).isTrue();
        assertThat(finds("^[a&&b]+$", "a&b")).isTrue();
    }

    @Test
    void digitsAreAsciiOnly() {
        assertThat(finds("^\\d+$", "١٢")).isFalse();
        assertThat(finds("^\\d+$", "12")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\bword", "[^\\S]", "[]", "a\\", "\\u{1F600}", "[a", "\\p{L}"})
    void constructsWithoutAnEqualJavaMeaningRefuseTheSchema(String pattern) {
        assertThatThrownBy(() -> EcmaRegex.compile(pattern, "test")).isInstanceOf(SchemaException.class);
    }
}
