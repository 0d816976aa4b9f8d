package dev.madoguchi.mail;

import java.time.Instant;

import dev.madoguchi.shared.Language;

/**
 * A message a sender has claimed for one attempt.
 *
 * @param inReplyTo     the Message-ID of the message before it about the same object, or {@code null}
 * @param failingSince  when its first failed attempt was, or {@code null}
 */
record ClaimedMail(long id, String recipient, Language language, String subject, String body, String messageId,
        String inReplyTo, int attempts, Instant failingSince) {
}
