package dev.madoguchi.csaf;

import java.time.Instant;
import java.time.LocalDate;

/**
 * RFC 3339 §5.6 {@code date-time}, as CSAF 2.0 writes every timestamp: the schema's {@code format: date-time} and the
 * tests that compare dates ({@code 10:00:00+02:00} and {@code 08:00:00Z} are one moment) read them here, by hand
 * rather than through {@code java.time}'s formatters, whose first use costs more than validating a document.
 *
 * <p>{@code T} and {@code Z} may be lower case, and a space may separate date and time (the notes in RFC 3339 §5.6;
 * the BSI reference validator and networknt accept both). The date must exist. The offset needs its colon. A leap
 * second ({@code :60}) is accepted only at 23:59 UTC once the offset is taken off (§5.7), and is read as the first
 * instant of the next minute. A fraction of any length is allowed; digits past nanoseconds are ignored.
 */
public final class Rfc3339 {

    private static final int[] DAYS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    private static final int LAST_MINUTE_OF_DAY = 23 * 60 + 59;

    private Rfc3339() {
    }

    /** Whether {@code text} is an RFC 3339 date-time. */
    public static boolean isDateTime(String text) {
        return instant(text) != null;
    }

    /** The instant {@code text} names, or {@code null} when it is no RFC 3339 date-time. */
    public static Instant instant(String s) {
        if (s == null) {
            return null;
        }
        int n = s.length();
        if (n < 20 || !digits(s, 0, 4) || s.charAt(4) != '-' || !digits(s, 5, 2) || s.charAt(7) != '-'
                || !digits(s, 8, 2) || "Tt ".indexOf(s.charAt(10)) < 0 || !digits(s, 11, 2) || s.charAt(13) != ':'
                || !digits(s, 14, 2) || s.charAt(16) != ':' || !digits(s, 17, 2)) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && isDigit(s.charAt(i))) {
                if (i - start < 9) {
                    nanos = nanos * 10 + s.charAt(i) - '0';
                }
                i++;
            }
            if (i == start || i == n) {
                return null;
            }
            for (int k = i - start; k < 9; k++) {
                nanos *= 10;
            }
        }
        int offset;
        char zone = s.charAt(i);
        if (zone == 'Z' || zone == 'z') {
            if (i + 1 != n) {
                return null;
            }
            offset = 0;
        } else if (zone == '+' || zone == '-') {
            if (i + 6 != n || !digits(s, i + 1, 2) || s.charAt(i + 3) != ':' || !digits(s, i + 4, 2)) {
                return null;
            }
            int hours = number(s, i + 1, 2);
            int minutes = number(s, i + 4, 2);
            if (hours > 23 || minutes > 59) {
                return null;
            }
            offset = (zone == '-' ? -1 : 1) * (hours * 60 + minutes);
        } else {
            return null;
        }
        int year = number(s, 0, 4);
        int month = number(s, 5, 2);
        int day = number(s, 8, 2);
        int hour = number(s, 11, 2);
        int minute = number(s, 14, 2);
        int second = number(s, 17, 2);
        if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59
                || second > 60) {
            return null;
        }
        if (second == 60 && Math.floorMod(hour * 60 + minute - offset, 24 * 60) != LAST_MINUTE_OF_DAY) {
            return null;
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        long seconds = epochDay * 86_400 + hour * 3600L + minute * 60L + second - offset * 60L;
        return Instant.ofEpochSecond(seconds, nanos);
    }

    private static int daysIn(int year, int month) {
        boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        return month == 2 && leap ? 29 : DAYS[month - 1];
    }

    private static boolean digits(String s, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int number(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + s.charAt(i) - '0';
        }
        return value;
    }
}
