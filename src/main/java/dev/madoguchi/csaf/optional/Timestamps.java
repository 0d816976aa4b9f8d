package dev.madoguchi.csaf.optional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Reads the date-time values of a CSAF document (RFC 3339, e.g. {@code 2021-07-21T10:00:00.000Z}) as instants. */
final class Timestamps {

    private Timestamps() {
    }

    /** The instant {@code text} names, or {@code null} when it is absent or no RFC 3339 date-time. */
    static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.toUpperCase(Locale.ROOT)).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
