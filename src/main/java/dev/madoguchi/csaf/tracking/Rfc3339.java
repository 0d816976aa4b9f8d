package dev.madoguchi.csaf.tracking;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Timestamps as CSAF 2.0 writes them (RFC 3339 date-times with an offset, §3.2.1.12 and others), read as instants so
 * that {@code 10:00:00+02:00} and {@code 08:00:00Z} are the same moment and {@code 10:00:00.00010Z} comes after
 * {@code 10:00:00.000Z}, as the tests that order the revision history or compare its dates require. The {@code T}
 * and {@code Z} may be lower case (RFC 3339 §5.6).
 */
public final class Rfc3339 {

    /** A fraction of a second longer than nanoseconds, which RFC 3339 allows and {@code java.time} does not read. */
    private static final Pattern LONG_FRACTION = Pattern.compile("(\\.[0-9]{9})[0-9]+");

    private Rfc3339() {
    }

    /** The instant {@code text} names, or {@code null} when it is no RFC 3339 date-time with an offset. */
    public static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        Matcher fraction = LONG_FRACTION.matcher(text);
        String readable = (fraction.find() ? fraction.replaceFirst("$1") : text).toUpperCase(Locale.ROOT);
        try {
            return OffsetDateTime.parse(readable, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
