package dev.madoguchi.advisories;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a CSAF document as bytes that depend on its content only: members sorted by name at every level (which is
 * also what CSAF 2.0 §6.2.13 "Sorting" asks for), two-space indentation, UTF-8 without a byte order mark (RFC 8259
 * §8.1), a line feed at the end. A trusted provider hashes and signs exactly these bytes, so the
 * same revision must always give the same ones.
 *
 * <p>Values are {@link Map}s with {@link String} keys, {@link List}s, {@link String}s, {@link Integer}s,
 * {@link Long}s and {@link BigDecimal}s.
 */
final class CsafJson {

    private CsafJson() {
    }

    static byte[] write(Map<String, ?> document) {
        StringBuilder out = new StringBuilder(8192);
        value(out, document, 0);
        out.append('\n');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void value(StringBuilder out, Object value, int depth) {
        if (value instanceof Map<?, ?> map) {
            object(out, map, depth);
        } else if (value instanceof List<?> list) {
            array(out, list, depth);
        } else if (value instanceof String text) {
            string(out, text);
        } else if (value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof BigDecimal number) {
            out.append(number.toPlainString());
        } else {
            throw new IllegalArgumentException("not a CSAF JSON value: " + value);
        }
    }

    private static void object(StringBuilder out, Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((k, v) -> sorted.put((String) k, v));
        out.append('{');
        String separator = "\n";
        for (Map.Entry<String, Object> member : sorted.entrySet()) {
            out.append(separator);
            indent(out, depth + 1);
            string(out, member.getKey());
            out.append(": ");
            value(out, member.getValue(), depth + 1);
            separator = ",\n";
        }
        out.append('\n');
        indent(out, depth);
        out.append('}');
    }

    private static void array(StringBuilder out, List<?> list, int depth) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        String separator = "\n";
        for (Object item : list) {
            out.append(separator);
            indent(out, depth + 1);
            value(out, item, depth + 1);
            separator = ",\n";
        }
        out.append('\n');
        indent(out, depth);
        out.append(']');
    }

    private static void indent(StringBuilder out, int depth) {
        out.append("  ".repeat(depth));
    }

    /** RFC 8259 §7: quotation mark, reverse solidus and the control characters escaped; everything else as it is. */
    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
