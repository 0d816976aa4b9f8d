package dev.madoguchi.csaf.schema;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * ECMA-262 regular expressions, as JSON Schema's {@code pattern} is written (and as the BSI reference validator runs
 * them, with the {@code u} flag), translated to {@link java.util.regex}. Where the two differ on the constructs these
 * schemas use, the translation keeps ECMA's meaning:
 * <ul>
 * <li>{@code $} is the end of the input only (Java's also matches before a final line break, so {@code "a\n"} would
 * pass {@code ^a$});</li>
 * <li>{@code .} excludes exactly ECMA's line terminators (LF, CR, U+2028, U+2029; Java also excludes U+0085);</li>
 * <li>{@code \s}, {@code \S} are ECMA's white space and line terminators (Java's are ASCII only);</li>
 * <li>{@code [} inside a class is a literal (in Java it opens a nested class), and so is {@code &&}.</li>
 * </ul>
 * Anything without a known equal meaning (word boundaries, &#92;u{...}, {@code [^\S]}, empty classes) is refused,
 * so that a changed schema fails at compile time rather than being checked differently.
 */
final class EcmaRegex {

    private static final String WHITE_SPACE =
            "\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";
    private static final String WHITE_SPACE_CLASS = "[" + WHITE_SPACE + "]";
    private static final String NOT_WHITE_SPACE_CLASS = "[^" + WHITE_SPACE + "]";
    private static final String ANY_BUT_LINE_TERMINATOR = "[^\\n\\r\\u2028\\u2029]";

    private EcmaRegex() {
    }

    /** The translation, compiled; a schema test compiles every pattern of the bundled schemas this way. */
    static Pattern compile(String source, String location) {
        try {
            return Pattern.compile(translate(source, location));
        } catch (PatternSyntaxException e) {
            throw new SchemaException("pattern " + source + " is no regular expression Java can run: "
                    + e.getDescription(), location);
        }
    }

    static String translate(String source, String location) {
        StringBuilder out = new StringBuilder(source.length() + 32);
        boolean inClass = false;
        boolean negated = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                if (i + 1 == source.length()) {
                    throw new SchemaException("pattern " + source + " ends with a lone backslash", location);
                }
                i++;
                escape(source, i, inClass, negated, out, location);
                if (source.charAt(i) == 'u' || source.charAt(i) == 'x') {
                    i += source.charAt(i) == 'u' ? 4 : 2;
                }
            } else if (inClass) {
                if (c == ']') {
                    inClass = false;
                    out.append(c);
                } else if (c == '[' || c == '&') {
                    out.append('\\').append(c);
                } else {
                    out.append(c);
                }
            } else if (c == '[') {
                inClass = true;
                negated = i + 1 < source.length() && source.charAt(i + 1) == '^';
                int first = negated ? i + 2 : i + 1;
                if (first < source.length() && source.charAt(first) == ']') {
                    throw new SchemaException("pattern " + source + " has an empty class, which Java reads otherwise",
                            location);
                }
                out.append(c);
                if (negated) {
                    out.append('^');
                    i++;
                }
            } else if (c == '.') {
                out.append(ANY_BUT_LINE_TERMINATOR);
            } else if (c == '$') {
                out.append("\\z");
            } else {
                out.append(c);
            }
        }
        if (inClass) {
            throw new SchemaException("pattern " + source + " has an unclosed class", location);
        }
        return out.toString();
    }

    private static void escape(String source, int i, boolean inClass, boolean negated, StringBuilder out,
            String location) {
        char e = source.charAt(i);
        switch (e) {
            case 's':
                out.append(inClass ? WHITE_SPACE : WHITE_SPACE_CLASS);
                return;
            case 'S':
                if (inClass && negated) {
                    throw new SchemaException("pattern " + source + " negates \\S in a class", location);
                }
                out.append(NOT_WHITE_SPACE_CLASS);
                return;
            case 'd':
                out.append(inClass ? "0-9" : "[0-9]");
                return;
            case 'D':
                if (inClass) {
                    throw new SchemaException("pattern " + source + " has \\D in a class", location);
                }
                out.append("[^0-9]");
                return;
            case 'w', 'W', 't', 'n', 'r', 'f':
                out.append('\\').append(e); // same meaning: \w is ASCII in both without flags
                return;
            case 'v':
                out.append("\\u000B");
                return;
            case 'u', 'x':
                int digits = e == 'u' ? 4 : 2;
                if (!hex(source, i + 1, digits)) {
                    throw new SchemaException("pattern " + source + " has a malformed \\" + e + " escape", location);
                }
                out.append('\\').append(e).append(source, i + 1, i + 1 + digits);
                return;
            default:
                if (Character.isLetterOrDigit(e) && !(e >= '1' && e <= '9' && !inClass)) {
                    throw new SchemaException("pattern " + source + " uses \\" + e
                            + ", which is not translated to Java", location);
                }
                out.append('\\').append(e); // an escaped punctuation character, or a back reference
        }
    }

    private static boolean hex(String source, int from, int count) {
        if (from + count > source.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if (Character.digit(source.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
