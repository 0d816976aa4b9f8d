package dev.madoguchi.intake;

import java.time.Instant;

/**
 * A report was accepted and stored. Published inside the submission's transaction: listeners that open a case do so
 * atomically with the report.
 */
public record ReportSubmitted(long reportId, String trackingNumber, Instant receivedAt, Instant acknowledgeBy,
        String channel) {
}
