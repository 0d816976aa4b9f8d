package dev.madoguchi.csaf.mandatory;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of the package URL specification (purl-spec, "PURL-SPECIFICATION": components and "How to parse a purl
 * string in its components") for {@code scheme:type/namespace/name@version?qualifiers#subpath}, parsed in the
 * specification's order: subpath from the right on {@code #}, qualifiers from the right on {@code ?}, scheme from
 * the left on {@code :}, type up to the first {@code /}, version from the right on {@code @}, name after the last
 * {@code /}, the rest the namespace.
 *
 * <p>A purl is refused when: the scheme is not {@code pkg} (any case; {@code pkg://} is accepted as parsers must);
 * the type is missing or not ASCII letters, digits, {@code . + -} starting with a letter; the name is missing or
 * empty; a {@code %} is not followed by two hex digits or an escape does not decode as UTF-8; a namespace or subpath
 * segment decodes to one containing {@code /}; a subpath segment is {@code .} or {@code ..}; a qualifier has no
 * {@code =}, a key that is not ASCII letters, digits, {@code . - _} starting with a non-digit, or a key given twice.
 * Type-specific rules (say, a Maven namespace) are not checked.
 */
final class PackageUrlSyntax {

    private static final Pattern TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9.+-]*");
    private static final Pattern QUALIFIER_KEY = Pattern.compile("[A-Za-z.\\-_][A-Za-z0-9.\\-_]*");

    private PackageUrlSyntax() {
    }

    /** What is wrong with {@code purl}, or {@code null} when it is a valid package URL. */
    static String problem(String purl) {
        String rest = purl;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            String problem = segmentsProblem(rest.substring(hash + 1), "subpath", true);
            if (problem != null) {
                return problem;
            }
            rest = rest.substring(0, hash);
        }
        int question = rest.indexOf('?');
        if (question >= 0) {
            String problem = qualifiersProblem(rest.substring(question + 1));
            if (problem != null) {
                return problem;
            }
            rest = rest.substring(0, question);
        }
        int colon = rest.indexOf(':');
        if (colon < 0 || !rest.substring(0, colon).toLowerCase(Locale.ROOT).equals("pkg")) {
            return "it does not start with the scheme \"pkg:\"";
        }
        rest = strip(rest.substring(colon + 1));
        int slash = rest.indexOf('/');
        String type = slash < 0 ? rest : rest.substring(0, slash);
        if (!TYPE.matcher(type).matches()) {
            return type.isEmpty() ? "it has no type"
                    : "its type \"" + type + "\" is not ASCII letters, digits, '.', '+' and '-' starting with a letter";
        }
        rest = slash < 0 ? "" : rest.substring(slash + 1);
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            String version = rest.substring(at + 1);
            if (decode(version) == null) {
                return percentProblem(version);
            }
            rest = rest.substring(0, at);
        }
        rest = strip(rest);
        int lastSlash = rest.lastIndexOf('/');
        String name = rest.substring(lastSlash + 1);
        if (name.isEmpty()) {
            return "it has no name";
        }
        String decodedName = decode(name);
        if (decodedName == null) {
            return percentProblem(name);
        }
        return lastSlash < 0 ? null : segmentsProblem(rest.substring(0, lastSlash), "namespace", false);
    }

    private static String segmentsProblem(String path, String component, boolean subpath) {
        for (String segment : strip(path).split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            String decoded = decode(segment);
            if (decoded == null) {
                return percentProblem(segment);
            }
            if (decoded.contains("/")) {
                return "its " + component + " segment \"" + segment + "\" contains an encoded '/'";
            }
            if (subpath && (decoded.equals(".") || decoded.equals(".."))) {
                return "its subpath has the segment \"" + segment + "\"";
            }
        }
        return null;
    }

    private static String qualifiersProblem(String qualifiers) {
        Set<String> keys = new HashSet<>();
        for (String pair : qualifiers.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals < 0) {
                return "its qualifier \"" + pair + "\" has no '='";
            }
            String key = pair.substring(0, equals);
            if (!QUALIFIER_KEY.matcher(key).matches()) {
                return "its qualifier key \"" + key + "\" is not ASCII letters, digits, '.', '-' and '_' starting"
                        + " with a non-digit";
            }
            if (!keys.add(key.toLowerCase(Locale.ROOT))) {
                return "its qualifier key \"" + key + "\" is given twice";
            }
            if (decode(pair.substring(equals + 1)) == null) {
                return percentProblem(pair.substring(equals + 1));
            }
        }
        return null;
    }

    private static String percentProblem(String text) {
        return "\"" + text + "\" has a '%' not followed by two hex digits, or escapes that are no UTF-8";
    }

    private static String strip(String path) {
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(start, end);
    }

    /** The percent-decoded text, or {@code null} when an escape is malformed or the bytes are no UTF-8. */
    static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            int percent = text.indexOf('%', i);
            int end = percent < 0 ? text.length() : percent;
            byte[] literal = text.substring(i, end).getBytes(StandardCharsets.UTF_8);
            bytes.write(literal, 0, literal.length);
            if (percent < 0) {
                break;
            }
            if (percent + 2 >= text.length() || !isHex(text.charAt(percent + 1)) || !isHex(text.charAt(percent + 2))) {
                return null;
            }
            bytes.write(Integer.parseInt(text, percent + 1, percent + 3, 16));
            i = percent + 3;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0 && c < 128;
    }
}
