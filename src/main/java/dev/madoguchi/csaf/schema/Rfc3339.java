package dev.madoguchi.csaf.schema;

/**
 * {@code format: date-time}: RFC 3339 §5.6 {@code date-time}, e.g. {@code 2024-01-31T23:59:60.5+01:00}. {@code T} and
 * {@code Z} may be lower case (RFC 3339 §5.6 note). The date must exist (February 29 only in leap years). A leap
 * second ({@code :60}) is accepted only where one can occur, at 23:59 UTC once the offset is taken off (RFC 3339
 * §5.7), as the BSI reference validator does. The offset needs its colon. A space may separate date and time, as
 * the note in RFC 3339 §5.6 lets applications choose and as the BSI reference validator (ajv-formats) and networknt
 * accept.
 */
final class Rfc3339 {

    private static final int[] DAYS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    private static final int LAST_MINUTE_OF_DAY = 23 * 60 + 59;

    private Rfc3339() {
    }

    static boolean isDateTime(String s) {
        int n = s.length();
        if (n < 20 || !digits(s, 0, 4) || s.charAt(4) != '-' || !digits(s, 5, 2) || s.charAt(7) != '-'
                || !digits(s, 8, 2) || "Tt ".indexOf(s.charAt(10)) < 0 || !digits(s, 11, 2) || s.charAt(13) != ':'
                || !digits(s, 14, 2) || s.charAt(16) != ':' || !digits(s, 17, 2)) {
            return false;
        }
        int i = 19;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == start || i == n) {
                return false;
            }
        }
        int offset;
        char zone = s.charAt(i);
        if (zone == 'Z' || zone == 'z') {
            if (i + 1 != n) {
                return false;
            }
            offset = 0;
        } else if (zone == '+' || zone == '-') {
            if (i + 6 != n || !digits(s, i + 1, 2) || s.charAt(i + 3) != ':' || !digits(s, i + 4, 2)) {
                return false;
            }
            int hours = number(s, i + 1, 2);
            int minutes = number(s, i + 4, 2);
            if (hours > 23 || minutes > 59) {
                return false;
            }
            offset = (zone == '-' ? -1 : 1) * (hours * 60 + minutes);
        } else {
            return false;
        }
        int year = number(s, 0, 4);
        int month = number(s, 5, 2);
        int day = number(s, 8, 2);
        int hour = number(s, 11, 2);
        int minute = number(s, 14, 2);
        int second = number(s, 17, 2);
        if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59
                || second > 60) {
            return false;
        }
        return second < 60 || Math.floorMod(hour * 60 + minute - offset, 24 * 60) == LAST_MINUTE_OF_DAY;
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
