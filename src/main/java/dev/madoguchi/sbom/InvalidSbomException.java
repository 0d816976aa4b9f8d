package dev.madoguchi.sbom;

import java.util.Locale;

/**
 * An SBOM that Madoguchi refuses to import. The message is an English sentence that says what is wrong and what to
 * do; {@link #reason()} and {@link #detail()} let the web layer say the same in the reader's language.
 */
public class InvalidSbomException extends IllegalArgumentException {

    /** Why the SBOM was refused; {@link #messageKey()} turns it into a key such as {@code sbom.refused.too-large}. */
    public enum Reason {
        /** Not a JSON text in UTF-8 (RFC 8259 §8.1), or a JSON syntax error. */
        NOT_JSON,
        /** JSON, but the top level is not an object whose {@code bomFormat} is {@code CycloneDX}. */
        NOT_CYCLONEDX,
        /** {@code specVersion} is missing or is not 1.4, 1.5 or 1.6. */
        UNSUPPORTED_SPEC_VERSION,
        /** The document breaks the CycloneDX JSON schema of its {@code specVersion}. */
        SCHEMA_INVALID,
        /** More bytes than the limit; reading stopped there. */
        TOO_LARGE,
        /** Components nested in {@code components[].components[]}, or JSON nesting in general, beyond the limit. */
        TOO_DEEP,
        /** More component entries than the limit. */
        TOO_MANY_COMPONENTS
    }

    private final Reason reason;
    private final String detail;

    /**
     * @param detail  the variable part of the message (the version found, the limit, the schema problems), for a
     *                translated message to quote
     * @param message the whole English sentence
     */
    public InvalidSbomException(Reason reason, String detail, String message) {
        super(message);
        this.reason = reason;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }

    /** {@code sbom.refused.} followed by the reason in lower case with hyphens, e.g. {@code sbom.refused.not-json}. */
    public String messageKey() {
        return "sbom.refused." + reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
