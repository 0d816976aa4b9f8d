package dev.madoguchi.csaf.schema;

import java.util.regex.Pattern;

import dev.madoguchi.csaf.JsonValue;

/** The keywords about strings: {@code minLength}/{@code maxLength}, {@code pattern}, {@code format}. */
final class StringKeywords {

    private StringKeywords() {
    }

    /** {@code minLength} and {@code maxLength}, counted in Unicode code points as JSON Schema says. */
    static final class Length extends Check {
        private final int min;
        private final int max;

        Length(int min, int max) {
            this.min = min;
            this.max = max;
        }

        @Override
        public boolean accepts(JsonValue value) {
            String text = value.text();
            if (text == null) {
                return true;
            }
            int units = text.length();
            if (units >= 2L * min && units <= max) {
                return true; // a code point takes one or two UTF-16 units
            }
            int length = text.codePointCount(0, units);
            return length >= min && length <= max;
        }

        @Override
        public void report(JsonValue value, String at, Findings findings) {
            int length = value.text().codePointCount(0, value.text().length());
            if (length < min) {
                findings.add(at, min == 1 ? "must not be empty" : "must be at least " + min + " characters long, not "
                        + length + " (" + ValueText.of(value) + ")");
            } else {
                findings.add(at, "must be at most " + max + " characters long, not " + length);
            }
        }
    }

    /**
     * {@code pattern}: an ECMA-262 regular expression, searched for anywhere (not implicitly anchored). It is
     * translated when the schema is compiled (so an untranslatable one refuses the schema) but handed to
     * {@link Pattern#compile} only when first needed: the CPE pattern alone costs milliseconds on a cold start, and
     * most documents have no CPE.
     */
    static final class Matches extends Check {
        private final String source;
        private final String translated;
        private volatile Pattern pattern;

        Matches(String source, String location) {
            this.source = source;
            this.translated = EcmaRegex.translate(source, location);
        }

        @Override
        public boolean accepts(JsonValue value) {
            String text = value.text();
            return text == null || pattern().matcher(text).find();
        }

        Pattern pattern() {
            Pattern compiled = pattern;
            if (compiled == null) {
                compiled = Pattern.compile(translated); // a race compiles twice, to equal patterns
                pattern = compiled;
            }
            return compiled;
        }

        @Override
        public void report(JsonValue value, String at, Findings findings) {
            findings.add(at, ValueText.of(value) + " must match the pattern " + source);
        }
    }

    /** {@code format}, asserted as the BSI reference validator does. */
    static final class Formatted extends Check {
        private final Format format;

        Formatted(Format format) {
            this.format = format;
        }

        @Override
        public boolean accepts(JsonValue value) {
            String text = value.text();
            return text == null || format.test(text);
        }

        @Override
        public void report(JsonValue value, String at, Findings findings) {
            findings.add(at, ValueText.of(value) + " must be " + format.description());
        }
    }
}
