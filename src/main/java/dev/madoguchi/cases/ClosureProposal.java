package dev.madoguchi.cases;

import java.time.Instant;

/** A proposal to close a case that needs a second PSIRT member's approval. */
public record ClosureProposal(long id, Resolution resolution, String note, String referral, long proposedBy,
        String proposer, Instant proposedAt) {

    public String resolutionCode() {
        return resolution.code();
    }
}
