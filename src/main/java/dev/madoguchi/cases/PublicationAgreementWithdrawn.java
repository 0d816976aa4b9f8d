package dev.madoguchi.cases;

/** The publication date agreed for a case was withdrawn: no date is agreed any more. */
public record PublicationAgreementWithdrawn(long caseId, String reference) {
}
