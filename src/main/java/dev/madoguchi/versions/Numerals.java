package dev.madoguchi.versions;

/**
 * Compares runs of ASCII digits by their value without parsing them, so that no version number is too long to order
 * (build numbers such as 20240131 or longer) and leading zeros do not count: "08" equals "8".
 */
final class Numerals {

    private Numerals() {
    }

    static boolean isDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Only ASCII 0-9: {@link Character#isDigit} would also accept full-width and other scripts' digits. */
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Both arguments are non-empty runs of ASCII digits. */
    static int compare(String a, String b) {
        String x = withoutLeadingZeros(a);
        String y = withoutLeadingZeros(b);
        if (x.length() != y.length()) {
            return Integer.compare(x.length(), y.length());
        }
        return Integer.signum(x.compareTo(y));
    }

    private static String withoutLeadingZeros(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }
}
