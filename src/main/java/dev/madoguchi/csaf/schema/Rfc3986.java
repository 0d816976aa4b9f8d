package dev.madoguchi.csaf.schema;

/**
 * {@code format: uri} and {@code uri-reference} by the grammar of RFC 3986 (§3, §4.1): a scheme, then an optional
 * authority (user information, a registered name, an IPv4 address or a bracketed IPv6 or future address, a port),
 * a path, a query and a fragment, each of its allowed characters or a complete percent-encoding. Nothing else: no
 * spaces, no unescaped non-ASCII (that would be an IRI), no brackets outside the host, no second {@code #}.
 */
final class Rfc3986 {

    private static final boolean[] SCHEME = new boolean[128];
    private static final boolean[] USER_INFO = new boolean[128];
    private static final boolean[] REG_NAME = new boolean[128];
    private static final boolean[] PATH = new boolean[128];
    private static final boolean[] QUERY = new boolean[128];
    private static final boolean[] FUTURE = new boolean[128];

    static {
        String alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        String unreserved = alpha + "0123456789-._~";
        String subDelims = "!$&'()*+,;=";
        mark(SCHEME, alpha + "0123456789+-.");
        mark(REG_NAME, unreserved + subDelims);
        mark(USER_INFO, unreserved + subDelims + ":");
        mark(FUTURE, unreserved + subDelims + ":");
        mark(PATH, unreserved + subDelims + ":@/");
        mark(QUERY, unreserved + subDelims + ":@/?");
    }

    private Rfc3986() {
    }

    private static void mark(boolean[] set, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            set[chars.charAt(i)] = true;
        }
    }

    /** {@code URI = scheme ":" hier-part [ "?" query ] [ "#" fragment ]} */
    static boolean isUri(String s) {
        int colon = schemeEnd(s);
        return colon > 0 && afterScheme(s, colon + 1);
    }

    /** {@code URI-reference = URI / relative-ref} */
    static boolean isUriReference(String s) {
        int colon = schemeEnd(s);
        if (colon > 0) {
            return afterScheme(s, colon + 1);
        }
        int segmentEnd = 0;
        while (segmentEnd < s.length() && "/?#".indexOf(s.charAt(segmentEnd)) < 0) {
            segmentEnd++;
        }
        return s.lastIndexOf(':', segmentEnd - 1) < 0 && afterScheme(s, 0); // path-noscheme: no colon in segment 1
    }

    /** The index of the colon ending a valid scheme, or -1. */
    private static int schemeEnd(String s) {
        if (s.isEmpty() || !isAlpha(s.charAt(0))) {
            return -1;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':') {
                return i;
            }
            if (c >= 128 || !SCHEME[c]) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean afterScheme(String s, int from) {
        int i = from;
        if (s.startsWith("//", i)) {
            i = authority(s, i + 2);
            if (i < 0) {
                return false;
            }
        }
        i = span(s, i, PATH);
        if (i < s.length() && s.charAt(i) == '?') {
            i = span(s, i + 1, QUERY);
        }
        if (i < s.length() && s.charAt(i) == '#') {
            i = span(s, i + 1, QUERY);
        }
        return i == s.length();
    }

    /** The end of an authority starting at {@code from}, or -1 when it is malformed. */
    private static int authority(String s, int from) {
        int end = from;
        while (end < s.length() && "/?#".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        int host = from;
        int at = s.indexOf('@', from);
        if (at >= 0 && at < end) {
            if (span(s, from, USER_INFO) != at) {
                return -1;
            }
            host = at + 1;
        }
        int i;
        if (host < end && s.charAt(host) == '[') {
            int close = s.indexOf(']', host);
            if (close < 0 || close > end || !isIpLiteral(s, host + 1, close)) {
                return -1;
            }
            i = close + 1;
        } else {
            i = span(s, host, REG_NAME);
        }
        if (i < end && s.charAt(i) == ':') {
            i++;
            while (i < end && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
        }
        return i == end ? end : -1;
    }

    /** Past the characters of {@code set} and complete percent-encodings from {@code from}. */
    private static int span(String s, int from, boolean[] set) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length() || !isHex(s.charAt(i + 1))
                        || !isHex(s.charAt(i + 2))) {
                    return i;
                }
                i += 3;
            } else if (c < 128 && set[c]) {
                i++;
            } else {
                return i;
            }
        }
        return i;
    }

    /** {@code IP-literal} without its brackets: {@code IPv6address / IPvFuture}. */
    private static boolean isIpLiteral(String s, int from, int to) {
        if (from < to && (s.charAt(from) == 'v' || s.charAt(from) == 'V')) {
            int dot = s.indexOf('.', from);
            if (dot < 0 || dot >= to - 1 || dot == from + 1) {
                return false;
            }
            for (int i = from + 1; i < dot; i++) {
                if (!isHex(s.charAt(i))) {
                    return false;
                }
            }
            for (int i = dot + 1; i < to; i++) {
                char c = s.charAt(i);
                if (c >= 128 || !FUTURE[c]) {
                    return false;
                }
            }
            return true;
        }
        return isIpv6(s.substring(from, to));
    }

    /** RFC 3986 {@code IPv6address}: eight 16-bit groups, {@code ::} once for zeros, IPv4 as the last 32 bits. */
    static boolean isIpv6(String address) {
        int doubleColon = address.indexOf("::");
        if (doubleColon >= 0 && address.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        String head = doubleColon >= 0 ? address.substring(0, doubleColon) : address;
        String tail = doubleColon >= 0 ? address.substring(doubleColon + 2) : "";
        int groups = groups(head, doubleColon < 0);
        int tailGroups = doubleColon >= 0 ? groups(tail, true) : 0;
        if (groups < 0 || tailGroups < 0) {
            return false;
        }
        return doubleColon >= 0 ? groups + tailGroups <= 7 : groups == 8;
    }

    /** The number of 16-bit groups in a colon-separated run (an IPv4 ending counting two), or -1. */
    private static int groups(String run, boolean mayEndInIpv4) {
        if (run.isEmpty()) {
            return 0;
        }
        String[] parts = run.split(":", -1);
        int count = 0;
        for (int p = 0; p < parts.length; p++) {
            String part = parts[p];
            if (p == parts.length - 1 && mayEndInIpv4 && part.indexOf('.') >= 0) {
                if (!isIpv4(part)) {
                    return -1;
                }
                count += 2;
            } else if (part.isEmpty() || part.length() > 4 || !allHex(part)) {
                return -1;
            } else {
                count++;
            }
        }
        return count;
    }

    private static boolean isIpv4(String address) {
        String[] octets = address.split("\\.", -1);
        if (octets.length != 4) {
            return false;
        }
        for (String octet : octets) {
            if (octet.isEmpty() || octet.length() > 3 || (octet.length() > 1 && octet.charAt(0) == '0')) {
                return false;
            }
            for (int i = 0; i < octet.length(); i++) {
                if (octet.charAt(i) < '0' || octet.charAt(i) > '9') {
                    return false;
                }
            }
            if (Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean allHex(String part) {
        for (int i = 0; i < part.length(); i++) {
            if (!isHex(part.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static boolean isAlpha(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
