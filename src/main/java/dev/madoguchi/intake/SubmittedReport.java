package dev.madoguchi.intake;

import java.time.Instant;

/**
 * A report as it was submitted, with its reporter-facing state: what the status page and the staff page show.
 *
 * @param textOpenedWith the PSIRT key that opened the OpenPGP message of the report's text, or {@code null}
 * @param textPgpProblem why a message in the text could not be opened (kept as received), or {@code null}
 * @param pgpAttention   some part could not be decrypted: PSIRT asks the reporter to re-encrypt (issue 9)
 */
public record SubmittedReport(
        long id, String trackingNumber, Instant receivedAt, Instant acknowledgeBy, String channel, Long sourceUserId,
        String language, String product, String productVersion, String vulnerabilityType, Integer cweId, String title,
        String stepsToReproduce, String proofOfConcept, String impact, String cvssVector, boolean alreadyPublic,
        boolean reportedElsewhere, String publicReference, boolean exploited, String reporterName,
        String reporterEmail, String reporterOrganization, boolean anonymous, boolean creditWanted, String creditName,
        String pgpPublicKey, Instant policyAcceptedAt, String status, Instant statusChangedAt, Instant withdrawnAt,
        String textOpenedWith, String textPgpProblem, boolean pgpAttention) {

    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
