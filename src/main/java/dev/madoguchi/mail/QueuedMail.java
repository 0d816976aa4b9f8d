package dev.madoguchi.mail;

import java.time.Instant;

/** A message in the outbox, as staff pages and tests read it back. */
public record QueuedMail(long id, Instant queuedAt, String recipient, String language, String category,
        String subject, String body, String status) {
}
