package dev.madoguchi.csaf.schema;

import dev.madoguchi.csaf.Rfc3339;

/** The values of {@code format} that are asserted; any other value refuses the schema at compile time. */
enum Format {
    DATE_TIME("date-time", "a date-time as RFC 3339 §5.6 defines it, such as 2024-01-31T12:00:00Z"),
    URI("uri", "an absolute URI (RFC 3986), such as https://example.com/a%20b"),
    URI_REFERENCE("uri-reference", "a URI reference (RFC 3986)");

    private final String keyword;
    private final String description;

    Format(String keyword, String description) {
        this.keyword = keyword;
        this.description = description;
    }

    static Format of(String keyword) {
        for (Format format : values()) {
            if (format.keyword.equals(keyword)) {
                return format;
            }
        }
        return null;
    }

    String description() {
        return description;
    }

    boolean test(String text) {
        switch (this) {
            case DATE_TIME:
                return Rfc3339.isDateTime(text);
            case URI:
                return Rfc3986.isUri(text);
            default:
                return Rfc3986.isUriReference(text);
        }
    }
}
