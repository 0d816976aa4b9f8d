package dev.madoguchi.csaf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a JSON text (RFC 8259) into a {@link JsonValue} tree, or refuses it with a reason a person can act on. The
 * work is bounded before it starts: the size is capped, the bytes must be UTF-8 (RFC 8259 §8.1; CSAF 2.0 §3.1 makes
 * documents JSON), nesting depth is capped so that neither this reader nor the checks that walk the tree can run out
 * of stack, and a member name given twice in one object is refused (RFC 8259 §4 leaves its meaning open, and a
 * validator that silently kept one would judge a document other tools read differently).
 */
public final class JsonReader {

    /** 64 MiB: the largest CSAF documents published (whole-distribution VEX files) are a few tens of MiB. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    /** CSAF's deepest structure is the product tree's branches; 200 levels leave room for any real tree. */
    public static final int MAX_DEPTH = 200;

    private final byte[] text;
    private final ByteRuns runs;
    private final int length;
    private int at;
    private int depth;
    /** Objects with up to this many members are checked for repeated names by comparing, larger ones by a set. */
    private static final int SMALL = 16;
    private static final String[] NO_NAMES = {};
    private static final JsonValue[] NO_VALUES = {};
    private final String[][] nameScratch = new String[MAX_DEPTH + 1][];
    private final JsonValue[][] valueScratch = new JsonValue[MAX_DEPTH + 1][];

    private final MemberNames names;

    private JsonReader(byte[] text, int from, MemberNames names) {
        this.names = names;
        this.text = text;
        this.runs = new ByteRuns(text);
        this.length = text.length;
        this.at = from;
    }

    /** The tree of a JSON text given as bytes. */
    public static JsonValue read(byte[] bytes) {
        return read(bytes, MemberNames.ordinary());
    }

    /**
     * The tree of a bundled schema, whose member names become canonical for every later document
     * ({@link MemberNames}).
     */
    static JsonValue readCanonical(byte[] bytes) {
        MemberNames names = MemberNames.canonical();
        JsonValue tree = read(bytes, names);
        names.publish();
        return tree;
    }

    private static JsonValue read(byte[] bytes, MemberNames names) {
        if (bytes.length > MAX_BYTES) {
            throw new Refusal(String.format(Locale.ROOT, "is larger than the limit of %,d bytes", MAX_BYTES));
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0; // RFC 8259 §8.1: a parser MAY ignore a byte order mark
        return new JsonReader(bytes, start, names).document();
    }

    private JsonValue document() {
        skipWhitespace();
        if (at == length) {
            throw new Refusal("is empty, not a JSON text");
        }
        JsonValue value = value();
        skipWhitespace();
        if (at != length) {
            throw error("unexpected text after the JSON value");
        }
        return value;
    }

    private JsonValue value() {
        if (at >= length) {
            throw error("the text ends where a value was expected");
        }
        char c = peek();
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return new JsonValue.Str(string());
            case 't':
                literal("true");
                return JsonValue.Bool.TRUE;
            case 'f':
                literal("false");
                return JsonValue.Bool.FALSE;
            case 'n':
                literal("null");
                return JsonValue.Null.NULL;
            default:
                if (c == '-' || c >= '0' && c <= '9') {
                    return number();
                }
                throw error("unexpected character " + quote(c));
        }
    }

    private JsonValue object() {
        enter();
        at++;
        skipWhitespace();
        if (peek() == '}') {
            at++;
            depth--;
            return new JsonValue.Obj(NO_NAMES, NO_VALUES);
        }
        // the members are gathered in this depth's scratch arrays, reused by every object at this depth
        String[] names = nameScratch[depth];
        JsonValue[] values = valueScratch[depth];
        if (names == null) {
            names = new String[SMALL];
            values = new JsonValue[SMALL];
            nameScratch[depth] = names;
            valueScratch[depth] = values;
        }
        int size = 0;
        Set<String> seen = null;
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("a member name in double quotes was expected");
            }
            int nameAt = at;
            String name = memberName();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            JsonValue value = value();
            if (size == SMALL) {
                seen = new HashSet<>(Arrays.asList(names).subList(0, size));
            }
            if (seen != null ? !seen.add(name) : indexOf(names, size, name) >= 0) {
                at = nameAt;
                throw error("the member name \"" + name + "\" occurs twice in one object");
            }
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                values = Arrays.copyOf(values, size * 2);
                nameScratch[depth] = names;
                valueScratch[depth] = values;
            }
            names[size] = name;
            values[size++] = value;
            skipWhitespace();
            char c = peek();
            at++;
            if (c == '}') {
                // The scratch arrays keep their references until overwritten: they are all in the tree being read,
                // and the reader lives no longer than the reading.
                JsonValue.Obj object = new JsonValue.Obj(Arrays.copyOf(names, size), Arrays.copyOf(values, size));
                depth--;
                return object;
            }
            if (c != ',') {
                at--;
                throw error("',' or '}' was expected");
            }
        }
    }

    /** Where {@code name} is among the first {@code size} names; names of one document are mostly the same instance. */
    private static int indexOf(String[] names, int size, String name) {
        for (int i = 0; i < size; i++) {
            if (names[i] == name || names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private JsonValue array() {
        enter();
        at++;
        skipWhitespace();
        if (peek() == ']') {
            at++;
            depth--;
            return new JsonValue.Arr(NO_VALUES);
        }
        // the elements are gathered in this depth's scratch array, shared with the objects at this depth (an object
        // or an array at one depth is finished before the next begins there)
        JsonValue[] elements = valueScratch[depth];
        if (elements == null) {
            elements = new JsonValue[SMALL];
            valueScratch[depth] = elements;
            nameScratch[depth] = new String[SMALL];
        }
        int size = 0;
        while (true) {
            skipWhitespace();
            JsonValue value = value();
            if (size == elements.length) {
                elements = Arrays.copyOf(elements, size * 2);
                valueScratch[depth] = elements;
            }
            elements[size++] = value;
            skipWhitespace();
            char c = peek();
            at++;
            if (c == ']') {
                depth--;
                return new JsonValue.Arr(Arrays.copyOf(elements, size));
            }
            if (c != ',') {
                at--;
                throw error("',' or ']' was expected");
            }
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new Refusal("nests JSON objects and arrays more than " + MAX_DEPTH + " levels deep");
        }
    }

    /**
     * A string from the bytes between its quotes: copied as Latin-1 when they are ASCII, decoded as UTF-8 otherwise
     * (the whole text was checked to be UTF-8 before parsing); escapes take the slower way.
     */
    private String string() {
        int start = ++at;
        boolean ascii = true;
        at = runs.plainText(at);
        while (at < length) {
            int c = text[at];
            if (c == '"') {
                return new String(text, start, at++ - start,
                        ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            }
            if (c == '\\' || c >= 0 && c < 0x20) {
                return escaped(start);
            }
            if (c < 0) {
                ascii = false;
                at += utf8Sequence();
            } else {
                at++;
            }
        }
        throw error("a string is not closed");
    }

    /** A member name: plain ASCII ones shared within the document ({@link MemberNames}), others read as strings. */
    private String memberName() {
        int start = at + 1;
        int hash = 0;
        int i = start;
        while (i < length) {
            int c = text[i];
            if (c == '"') {
                break;
            }
            if (c == '\\' || c < 0x20) {
                return string();
            }
            hash = 31 * hash + c;
            i++;
        }
        if (i >= length || i - start > 64) {
            return string();
        }
        at = i + 1;
        return names.of(text, start, i, hash);
    }

    private String escaped(int start) {
        StringBuilder out = new StringBuilder(at - start + 16);
        int run = start;
        while (at < length) {
            int c = text[at];
            if (c == '"') {
                out.append(new String(text, run, at++ - run, StandardCharsets.UTF_8));
                return out.toString();
            }
            if (c >= 0 && c < 0x20) {
                throw error("a control character must be escaped inside a string");
            }
            if (c != '\\') {
                at += c < 0 ? utf8Sequence() : 1;
                continue;
            }
            out.append(new String(text, run, at - run, StandardCharsets.UTF_8));
            if (++at >= length) {
                break;
            }
            char e = (char) text[at++];
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(unicodeEscape());
                default -> {
                    at -= 2;
                    throw error("\\" + quote(e) + " is not a JSON escape");
                }
            }
            run = at;
        }
        throw error("a string is not closed");
    }

    /** The length of the UTF-8 sequence at the cursor; bytes that are not UTF-8 are refused (RFC 8259 §8.1). */
    private int utf8Sequence() {
        int length = Utf8.sequenceLength(text, at);
        if (length < 0) {
            throw notUtf8();
        }
        return length;
    }

    private Refusal notUtf8() {
        return new Refusal("is not UTF-8 text (the byte sequence at offset " + at + " is not UTF-8)");
    }

    private char unicodeEscape() {
        if (at + 4 > length) {
            throw error("\\u needs four hexadecimal digits");
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit((char) text[at + i], 16);
            if (digit < 0) {
                throw error("\\u needs four hexadecimal digits");
            }
            code = code * 16 + digit;
        }
        at += 4;
        return (char) code;
    }

    private JsonValue number() {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        if (peek() == '0') {
            at++;
        } else if (isDigit(peek())) {
            digits();
        } else {
            throw error("a digit was expected");
        }
        if (peek() == '.') {
            at++;
            if (!isDigit(peek())) {
                throw error("a digit was expected after the decimal point");
            }
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            at++;
            if (peek() == '+' || peek() == '-') {
                at++;
            }
            if (!isDigit(peek())) {
                throw error("a digit was expected in the exponent");
            }
            digits();
        }
        if (at - start > 1000) {
            throw error("a number has more than 1000 characters");
        }
        return new JsonValue.Num(new String(text, start, at - start, StandardCharsets.ISO_8859_1));
    }

    private void digits() {
        while (isDigit(peek())) {
            at++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void literal(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (at + i >= length || text[at + i] != word.charAt(i)) {
                throw error("unexpected character " + quote(peek()) + " (not " + word + ")");
            }
        }
        at += word.length();
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("'" + c + "' was expected");
        }
        at++;
    }

    /** The byte at the cursor as a character (bytes of multi-byte sequences read as U+0080 and above). */
    private char peek() {
        return at < length ? (char) (text[at] & 0xff) : '\0';
    }

    private void skipWhitespace() {
        at = runs.spaces(at);
        while (at < length) {
            byte c = text[at];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            at++;
        }
    }

    private static String quote(char c) {
        if (c >= 0x20 && c < 0x7f) {
            return "'" + c + "'";
        }
        return c < 0x80 ? String.format(Locale.ROOT, "U+%04X", (int) c) : "a byte above 0x7F";
    }

    private Refusal error(String what) {
        if (at < length && text[at] < 0 && Utf8.sequenceLength(text, at) < 0) {
            return notUtf8();
        }
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(at, length); i++) {
            if (text[i] == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        if (at >= length) {
            return new Refusal("is not valid JSON: the text ends too early (" + what + ")");
        }
        return new Refusal("is not valid JSON at line " + line + ", column " + column + ": " + what);
    }

    /** Bytes that are no JSON text this reader accepts; the message completes "The document ...". */
    public static final class Refusal extends RuntimeException {

        public Refusal(String message) {
            super(message, null, false, false);
        }
    }
}
