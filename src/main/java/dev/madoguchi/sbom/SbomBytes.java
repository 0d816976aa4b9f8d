package dev.madoguchi.sbom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import dev.madoguchi.sbom.InvalidSbomException.Reason;

/**
 * The bytes of an uploaded SBOM, read up to a limit and checked to be UTF-8, before any JSON parser sees them: the
 * parser and the schema validator then work on a bounded, fully buffered document.
 */
final class SbomBytes {

    private static final int CHUNK = 64 * 1024;

    private SbomBytes() {
    }

    /**
     * Reads the whole stream, but never more than {@code maxBytes + 1} bytes: one byte past the limit proves the file
     * too large, and the rest is left unread. The caller closes the stream.
     */
    static byte[] read(InputStream in, long maxBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(maxBytes + 1, CHUNK));
        byte[] chunk = new byte[CHUNK];
        long total = 0;
        try {
            while (true) {
                int wanted = (int) Math.min(chunk.length, maxBytes + 1 - total);
                int n = in.read(chunk, 0, wanted);
                if (n < 0) {
                    return out.toByteArray();
                }
                total += n;
                if (total > maxBytes) {
                    String limit = size(maxBytes);
                    throw new InvalidSbomException(Reason.TOO_LARGE, limit, "The SBOM is larger than the limit of "
                            + limit + ". Upload one SBOM per product version, without embedded licence texts or "
                            + "file-level components, or ask an administrator to raise the limit.");
                }
                out.write(chunk, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the SBOM could not be read", e);
        }
    }

    /**
     * JSON exchanged between systems is UTF-8 (RFC 8259 §8.1). A NUL byte is refused too: it cannot stand in JSON
     * outside a string nor, unescaped, inside one, and it is how UTF-16 text looks to a UTF-8 reader, which the JSON
     * parser would otherwise guess its way through.
     */
    static void requireUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8 * 1024);
        try {
            while (true) {
                CoderResult result = decoder.decode(in, out, true);
                if (result.isError()) {
                    result.throwException();
                }
                out.flip();
                while (out.hasRemaining()) {
                    if (out.get() == '\0') {
                        throw notUtf8("a NUL byte, as in UTF-16 text");
                    }
                }
                out.clear();
                if (result.isUnderflow()) {
                    if (decoder.flush(out).isError()) {
                        throw notUtf8("an incomplete character at the end");
                    }
                    return;
                }
            }
        } catch (CharacterCodingException e) {
            throw notUtf8("a byte sequence that is not UTF-8 at byte offset " + in.position());
        }
    }

    private static InvalidSbomException notUtf8(String what) {
        return new InvalidSbomException(Reason.NOT_JSON, what, "The SBOM is not UTF-8 text (found " + what
                + "). Export it again as CycloneDX JSON in UTF-8.");
    }

    /** {@code 50 MiB (52,428,800 bytes)}, or only the bytes when the limit is not a whole number of MiB. */
    static String size(long bytes) {
        String exact = String.format(Locale.ROOT, "%,d bytes", bytes);
        long mebibyte = 1024L * 1024;
        return bytes % mebibyte == 0 ? bytes / mebibyte + " MiB (" + exact + ")" : exact;
    }
}
