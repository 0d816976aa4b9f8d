package dev.madoguchi.mail;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code {name}} placeholders of an ADMIN's template text. They are replaced in one pass over the text, so a value
 * that itself contains {@code {name}} (a reporter's reply, say) is sent as written, never expanded again.
 */
final class NamedPlaceholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9-]*)}");

    private NamedPlaceholders() {
    }

    /** The placeholder names the text uses, in order of first appearance. */
    static Set<String> in(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The text with each known placeholder replaced by its value; an unknown one stays as written. */
    static String fill(String text, Map<String, String> values) {
        if (text == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
