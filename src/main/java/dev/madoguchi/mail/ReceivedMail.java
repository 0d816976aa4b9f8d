package dev.madoguchi.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * A message read from the PSIRT mailbox, decoded: headers from their MIME encoded words (RFC 2047), the text from its
 * charset, so Japanese mail in ISO-2022-JP, Shift_JIS or UTF-8 reads as written.
 *
 * @param messageId  the Message-ID with its angle brackets (RFC 5322 §3.6.4); one made from the content if missing
 * @param inReplyTo  the Message-IDs in In-Reply-To
 * @param references the Message-IDs in References
 * @param text       the text/plain body (or the text of an HTML-only body); empty when there is none
 * @param date       the Date header, or when it was read when the header is missing
 * @param encryption whether it came as OpenPGP/MIME (RFC 3156 §4) and, if so, whether the PSIRT keys opened it: the
 *                   text and attachments are then the decrypted ones; otherwise the encrypted part is kept as it came,
 *                   as the attachment {@code encrypted.asc}
 */
public record ReceivedMail(String messageId, List<String> inReplyTo, List<String> references, String from,
        List<String> to, String subject, String text, List<Attachment> attachments, Instant date,
        Encryption encryption) {

    public ReceivedMail {
        inReplyTo = List.copyOf(inReplyTo);
        references = List.copyOf(references);
        to = List.copyOf(to);
        attachments = List.copyOf(attachments);
        encryption = encryption == null ? Encryption.NONE : encryption;
    }

    /**
     * How the message arrived: in the clear, or OpenPGP/MIME-encrypted (RFC 3156 §4) and opened with a PSIRT key or
     * kept unopened.
     *
     * @param openedWith the fingerprint of the PSIRT key that opened it, or {@code null}
     * @param problem    why it could not be opened (a {@code pgp.message.*} message key), or {@code null}
     */
    public record Encryption(String openedWith, String problem) {

        public static final Encryption NONE = new Encryption(null, null);
        static final String NO_KEY = "pgp.message.no-key";
        /** The plaintext is not a MIME entity the desk can read (RFC 3156 §4 requires one). */
        static final String DAMAGED = "pgp.message.damaged";

        public Encryption {
            if (openedWith != null && problem != null) {
                throw new IllegalArgumentException("opened or not, never both");
            }
        }

        public static Encryption opened(String fingerprint) {
            return new Encryption(fingerprint, null);
        }

        public static Encryption unopened(String problem) {
            return new Encryption(null, problem);
        }

        /** Whether it came as OpenPGP/MIME at all. */
        public boolean pgpMime() {
            return opened() || unopened();
        }

        public boolean opened() {
            return openedWith != null;
        }

        /** Its text is still inside {@code encrypted.asc}. */
        public boolean unopened() {
            return problem != null;
        }
    }

    /** A file sent with the message, or a part kept as it came (e.g. the encrypted part of PGP/MIME, RFC 3156). */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    /** Every Message-ID this message answers, the direct parent first. */
    public List<String> answers() {
        List<String> nearestFirst = new ArrayList<>(references);
        Collections.reverse(nearestFirst);
        return Stream.concat(inReplyTo.stream(), nearestFirst.stream()).distinct().toList();
    }

    /** Without the text nor the files: a decrypted message is never logged. */
    @Override
    public String toString() {
        return "ReceivedMail[messageId=" + messageId + ", from=" + from + ", attachments=" + attachments.size()
                + ", encryption=" + encryption + "]";
    }
}
