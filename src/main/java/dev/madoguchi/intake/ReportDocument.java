package dev.madoguchi.intake;

import java.util.List;

/** A report as {@code GET /api/v1/reports/{trackingNumber}} returns it to staff. */
public record ReportDocument(String trackingNumber, String receivedAt, String acknowledgeBy, String channel,
        String status, String language, String product, String productVersion, String vulnerabilityType,
        String cwe, String title, String stepsToReproduce, String proofOfConcept, String impact, String cvssVector,
        boolean alreadyPublic, boolean reportedElsewhere, String publicReference, boolean exploited,
        ReportRequest.Reporter reporter, ReportRequest.Credit credit, List<File> attachments, String withdrawnAt) {

    /** An attached file: its content is downloaded from the staff pages. */
    public record File(long id, String fileName, long size, String sha256) {
    }
}
