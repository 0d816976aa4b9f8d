package dev.madoguchi.csaf;

/**
 * One thing a validator found in a CSAF document.
 *
 * @param test     the test that found it: a CSAF 2.0 §6 test id such as {@code 6.1.27.3}, or {@link #SCHEMA} for the
 *                 JSON schema (CSAF 2.0 §9.1.14: a valid document satisfies the schema and the mandatory tests), or
 *                 {@link #DOCUMENT} when the file is no JSON document at all
 * @param path     a JSON pointer (RFC 6901) to the offending value; {@code ""} is the whole document
 * @param message  what is wrong, in English, naming the value where that helps
 * @param severity {@code error} for the schema and the mandatory tests (the document is invalid), {@code warning} for
 *                 the optional tests, {@code info} for the informative tests (CSAF 2.0 §6.2, §6.3)
 */
public record CsafFinding(String test, String path, String message, Severity severity) {

    /** The test id of findings from the JSON schema. */
    public static final String SCHEMA = "schema";
    /** The test id of a file that could not be read as a JSON document. */
    public static final String DOCUMENT = "json";

    /** How much a finding weighs, as CSAF 2.0 §6 grades its tests. */
    public enum Severity {
        ERROR, WARNING, INFO;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
