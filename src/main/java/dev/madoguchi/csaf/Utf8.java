package dev.madoguchi.csaf;

/**
 * Strict UTF-8 (RFC 3629 §3–4), checked sequence by sequence where the reader meets a byte above 0x7F (only strings
 * may hold one), so that a document is read once and its strings are made straight from its bytes. Overlong forms, surrogates (U+D800–U+DFFF) and code
 * points above U+10FFFF are not UTF-8.
 */
final class Utf8 {

    private Utf8() {
    }

    /** The length of the well-formed multi-byte sequence starting at {@code i}, or -1 when it is none. */
    static int sequenceLength(byte[] bytes, int i) {
        int lead = bytes[i] & 0xff;
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
            return -1;
        }
        if (i + length > bytes.length) {
            return -1;
        }
        int code = lead & (0x7F >> length);
        for (int k = 1; k < length; k++) {
            int next = bytes[i + k] & 0xff;
            if ((next & 0xC0) != 0x80) {
                return -1;
            }
            code = code << 6 | next & 0x3F;
        }
        if (code < min || code > 0x10FFFF || code >= 0xD800 && code <= 0xDFFF) {
            return -1;
        }
        return length;
    }
}
