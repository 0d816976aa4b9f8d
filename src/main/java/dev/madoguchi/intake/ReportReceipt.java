package dev.madoguchi.intake;

import java.time.Instant;
import java.util.List;

/**
 * What the submitter gets back: the tracking number, the private status link (shown once) and the reply deadline.
 * A repeated submission gets the tracking number again but no link ({@link #repeated()}).
 *
 * @param pgpNotes how parts of the report arrived encrypted; those that could not be opened must be sent again
 */
public record ReportReceipt(long reportId, String trackingNumber, String statusToken, String statusUrl,
        Instant acknowledgeBy, List<PgpNote> pgpNotes) {

    /** The parts that could not be decrypted and were kept as received (issue 9). */
    public List<PgpNote> undecrypted() {
        return pgpNotes.stream().filter(PgpNote::failed).toList();
    }

    public boolean repeated() {
        return statusToken == null;
    }
}
