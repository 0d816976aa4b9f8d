package dev.madoguchi.csaf;

/**
 * Strict UTF-8 (RFC 3629 §3–4): checked byte by byte rather than by decoding the whole text, so that a document is
 * read once and its strings are made straight from its bytes. Overlong forms, surrogates (U+D800–U+DFFF) and code
 * points above U+10FFFF are not UTF-8.
 */
final class Utf8 {

    private Utf8() {
    }

    /** The offset of the first byte that does not start a well-formed sequence, or -1 when all are UTF-8. */
    static int firstMalformed(byte[] bytes, int from) {
        int i = from;
        int n = bytes.length;
        while (i < n) {
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            int lead = b & 0xff;
            int length;
            int min;
            if (lead >= 0xC2 && lead <= 0xDF) {
                length = 2;
                min = 0x80;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                length = 3;
                min = 0x800;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                length = 4;
                min = 0x10000;
            } else {
                return i;
            }
            if (i + length > n) {
                return i;
            }
            int code = lead & (0x7F >> length);
            for (int k = 1; k < length; k++) {
                int next = bytes[i + k] & 0xff;
                if ((next & 0xC0) != 0x80) {
                    return i;
                }
                code = code << 6 | next & 0x3F;
            }
            if (code < min || code > 0x10FFFF || code >= 0xD800 && code <= 0xDFFF) {
                return i;
            }
            i += length;
        }
        return -1;
    }
}
