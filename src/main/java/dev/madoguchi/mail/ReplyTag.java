package dev.madoguchi.mail;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The token at the end of every subject we send, {@code [ref:1234-0123456789ab]}: the outbox message's id and the
 * first 48 bits of its Message-ID's random part. A reply whose mail program dropped In-Reply-To and References still
 * names our message by it (issue 10: replies are matched "by headers or a case token in the address or subject").
 * Unlike a tracking number, which is sequential and printed everywhere, the token cannot be guessed, so it is as good
 * a proof of answering our message as the headers are. Plain Java.
 */
final class ReplyTag {

    /** Twelve hex digits of the random part; the Message-ID has eighteen (see {@link SenderAddress#messageId}). */
    static final int TOKEN_LENGTH = 12;
    private static final Pattern MESSAGE_ID = Pattern.compile("<outbox-(\\d+)\\.([0-9a-f]{" + TOKEN_LENGTH
            + ",})@[^>]+>");
    private static final Pattern TAG = Pattern.compile("\\[ref:(\\d{1,18})-([0-9a-f]{" + TOKEN_LENGTH + "})]");

    private ReplyTag() {
    }

    /** What a message names in its subject: our outbox message's id and the token. */
    record Named(long outboxId, String token) {

        /** The start of the Message-ID the outbox gave that message, for {@code like ? || '%'}. */
        String messageIdPrefix() {
            return "<outbox-" + outboxId + "." + token;
        }
    }

    /** The subject as sent: with the tag of {@code messageId}, unless it already ends with it or the id is not ours. */
    static String subject(String subject, String messageId) {
        Matcher id = messageId == null ? null : MESSAGE_ID.matcher(messageId);
        if (id == null || !id.matches()) {
            return subject;
        }
        String tag = "[ref:" + id.group(1) + "-" + id.group(2).substring(0, TOKEN_LENGTH) + "]";
        return subject.endsWith(tag) ? subject : subject + " " + tag;
    }

    /** The message a subject names, the last tag if several (a reply's subject grows at the front). */
    static Optional<Named> in(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        Matcher tag = TAG.matcher(subject);
        Named named = null;
        while (tag.find()) {
            named = new Named(Long.parseLong(tag.group(1)), tag.group(2));
        }
        return Optional.ofNullable(named);
    }
}
