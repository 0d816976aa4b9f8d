package dev.madoguchi.mail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether the plaintext of an OpenPGP/MIME message is the MIME entity RFC 3156 §4 asks for, or bare text a mail
 * program encrypted as it was. A MIME parser takes anything before the first blank line for headers, so bare text
 * must be recognised first or its opening lines are lost.
 */
final class MimeEntity {

    /** A header field: a name of printable characters but the colon (RFC 5322 §2.2), a colon, anything. */
    private static final Pattern FIELD = Pattern.compile("[!-9;-~]+:.*");
    /** The header block read at most: a real entity's headers are short. */
    private static final int HEADER_LIMIT = 16 * 1024;

    private MimeEntity() {
    }

    /**
     * Whether the data opens with a header block: every line up to the first blank one a header field or its
     * continuation, and one of them a MIME field ({@code Content-*} or {@code MIME-Version}).
     */
    static boolean startsWithHeaders(byte[] data) {
        String head = new String(data, 0, Math.min(data.length, HEADER_LIMIT), StandardCharsets.ISO_8859_1);
        boolean mime = false;
        boolean first = true;
        for (String line : head.split("\r?\n", -1)) {
            if (line.isEmpty()) {
                return mime;
            }
            if (!first && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) {
                continue;
            }
            if (!FIELD.matcher(line).matches()) {
                return false;
            }
            String name = line.substring(0, line.indexOf(':')).toLowerCase(Locale.ROOT);
            mime |= name.startsWith("content-") || name.equals("mime-version");
            first = false;
        }
        // no blank line within the limit: headers alone, or text with colons in every line; a MIME entity has a body
        return false;
    }

    /** The data as UTF-8 text, or {@code null} when it is not. */
    static String utf8(byte[] data) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString()
                    .replace("\r\n", "\n");
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
