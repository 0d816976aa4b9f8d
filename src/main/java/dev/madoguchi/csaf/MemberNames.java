package dev.madoguchi.csaf;

import java.nio.charset.StandardCharsets;

/**
 * The member names of one document, kept so that every occurrence of the same plain ASCII name is one string: CSAF
 * repeats a few dozen names thousands of times, and one instance each means one string and one hash code to compute.
 * A small table by hash; a name that collides simply replaces the one before.
 */
final class MemberNames {

    private final String[] names = new String[256];

    /** The name held by the bytes from {@code start} up to {@code end}, which the caller found to be plain ASCII. */
    String of(byte[] text, int start, int end, int hash) {
        int slot = hash & (names.length - 1);
        String known = names[slot];
        if (known != null && known.length() == end - start && sameAscii(known, text, start)) {
            return known;
        }
        String name = new String(text, start, end - start, StandardCharsets.ISO_8859_1);
        names[slot] = name;
        return name;
    }

    private static boolean sameAscii(String known, byte[] text, int start) {
        for (int k = 0; k < known.length(); k++) {
            if (known.charAt(k) != text[start + k]) {
                return false;
            }
        }
        return true;
    }
}
