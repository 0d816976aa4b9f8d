package dev.madoguchi.csaf.schema;

import java.util.List;

import dev.madoguchi.csaf.JsonValue;

/** Values as messages show them: strings quoted, long ones shortened, containers by their type only. */
final class ValueText {

    private static final int MAX = 80;

    private ValueText() {
    }

    static String of(JsonValue value) {
        if (value.isString()) {
            String text = value.text();
            StringBuilder out = new StringBuilder(Math.min(text.length(), MAX) + 8).append('"');
            int end = text.length() > MAX ? text.offsetByCodePoints(0, Math.min(MAX, text.codePointCount(0,
                    text.length()))) : text.length();
            for (int i = 0; i < end; i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            if (end < text.length()) {
                out.append('…');
            }
            return out.append('"').toString();
        }
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "an array";
        }
        return value.toString();
    }

    static String list(List<JsonValue> values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(of(values.get(i)));
        }
        return out.append(']').toString();
    }

    /** "a string", "an object", "an integer", ... */
    static String article(String type) {
        boolean vowel = type.startsWith("o") || type.startsWith("a") || type.startsWith("i");
        // no +: this runs while compiling, see SchemaCompiler.step
        return new StringBuilder(type.length() + 3).append(vowel ? "an " : "a ").append(type).toString();
    }
}
