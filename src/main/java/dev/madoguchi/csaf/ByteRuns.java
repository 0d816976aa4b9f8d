package dev.madoguchi.csaf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Runs of bytes the JSON reader can skip eight at a time: plain string text and indentation, which make up almost all
 * of a CSAF document. Each test finds whether any of eight bytes is special with word arithmetic (a byte equal to a
 * value, or below one); the reader goes on byte by byte from where a run ends.
 */
final class ByteRuns {

    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long QUOTES = 0x2222222222222222L;
    private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;
    private static final long CONTROLS = 0x2020202020202020L;
    private static final long SPACES = 0x2020202020202020L;

    /** The bytes read eight at a time, little-endian. */
    private final ByteBuffer words;
    private final int length;

    ByteRuns(byte[] text) {
        this.words = ByteBuffer.wrap(text).order(ByteOrder.LITTLE_ENDIAN);
        this.length = text.length;
    }

    /**
     * Where the run of plain string bytes from {@code from} ends, in steps of eight: plain is ASCII other than the
     * quotation mark, the reverse solidus and control characters.
     */
    int plainText(int from) {
        int i = from;
        while (i + 8 <= length) {
            long word = words.getLong(i);
            long special = (word ^ QUOTES) - ONES & ~(word ^ QUOTES) // a byte equal to '"'
                    | (word ^ BACKSLASHES) - ONES & ~(word ^ BACKSLASHES) // a byte equal to '\\'
                    | word - CONTROLS & ~word // a byte below 0x20
                    | word; // a byte above 0x7F
            if ((special & HIGH_BITS) != 0) {
                return i;
            }
            i += 8;
        }
        return i;
    }

    /** Where the run of spaces from {@code from} ends, in steps of eight. */
    int spaces(int from) {
        int i = from;
        while (i + 8 <= length && words.getLong(i) == SPACES) {
            i += 8;
        }
        return i;
    }
}
