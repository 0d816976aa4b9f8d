package dev.madoguchi.mail;

import java.time.Instant;

/**
 * A message in the outbox, as staff pages and tests read it back.
 *
 * @param encryption {@code none}, {@code encrypted} (the body is an armored OpenPGP message) or {@code key-unusable}
 *                   (the recipient's key had expired or was revoked, so the plain body went out)
 */
public record QueuedMail(long id, Instant queuedAt, String recipient, String language, String category,
        String subject, String body, String status, String encryption) {
}
