package dev.madoguchi.intake;

import java.time.Instant;

/** The reporter withdrew their report from its status page. */
public record ReportWithdrawn(long reportId, String trackingNumber, Instant withdrawnAt) {
}
