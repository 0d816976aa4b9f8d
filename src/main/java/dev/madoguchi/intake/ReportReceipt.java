package dev.madoguchi.intake;

import java.time.Instant;

/**
 * What the submitter gets back: the tracking number, the private status link (shown once) and the reply deadline.
 * A repeated submission gets the tracking number again but no link ({@link #repeated()}).
 */
public record ReportReceipt(long reportId, String trackingNumber, String statusToken, String statusUrl,
        Instant acknowledgeBy) {

    public boolean repeated() {
        return statusToken == null;
    }
}
