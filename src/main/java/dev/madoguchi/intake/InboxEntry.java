package dev.madoguchi.intake;

import java.time.Instant;

/** A row of the staff inbox. */
public record InboxEntry(long id, String trackingNumber, Instant receivedAt, Instant acknowledgeBy, String title,
        String product, String channel, String status, boolean exploited, boolean alreadyPublic,
        boolean pgpAttention) {
}
