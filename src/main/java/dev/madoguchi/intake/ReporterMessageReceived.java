package dev.madoguchi.intake;

import java.time.Instant;

/** The reporter wrote to PSIRT from their status page (an answer to "need more information", for instance). */
public record ReporterMessageReceived(long reportId, long messageId, Instant receivedAt) {
}
