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
 * @param pgpMime    the message is OpenPGP/MIME (RFC 3156 §4): its text is inside the encrypted part, which is kept as
 *                   its only attachment
 */
public record ReceivedMail(String messageId, List<String> inReplyTo, List<String> references, String from,
        List<String> to, String subject, String text, List<Attachment> attachments, Instant date, boolean pgpMime) {

    public ReceivedMail {
        inReplyTo = List.copyOf(inReplyTo);
        references = List.copyOf(references);
        to = List.copyOf(to);
        attachments = List.copyOf(attachments);
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
}
