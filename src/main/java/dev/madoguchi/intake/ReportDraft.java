package dev.madoguchi.intake;

import java.util.List;
import java.util.UUID;

import dev.madoguchi.shared.Language;

/**
 * A report as a person or a tool submitted it, before validation: the same for the web form and the API. Text is
 * kept exactly as typed (apart from surrounding white space) so a failed submission can be shown back unchanged.
 *
 * @param submissionKey identifies one filling-in of the form (or one API request with an Idempotency-Key), so a
 *                      submission sent twice files one report
 * @param keptFiles     files stored from an earlier failed submission of the same form, by their pending tokens
 */
record ReportDraft(
        UUID submissionKey, String product, String productVersion, String vulnerabilityType, String title, String stepsToReproduce,
        String proofOfConcept, String impact, String cvssVector, boolean alreadyPublic, boolean reportedElsewhere,
        String publicReference, boolean exploited, String reporterName, String reporterEmail,
        String reporterOrganization, boolean anonymous, boolean creditWanted, String creditName, String pgpPublicKey,
        Language language, boolean policyAccepted, List<UploadedFile> files, List<UUID> keptFiles) {

    ReportDraft {
        files = files == null ? List.of() : List.copyOf(files);
        keptFiles = keptFiles == null ? List.of() : List.copyOf(keptFiles);
    }

    /** The same report with its text as decrypted (issue 9). */
    ReportDraft withText(String steps, String proof, String impactText) {
        return new ReportDraft(submissionKey, product, productVersion, vulnerabilityType, title, steps, proof,
                impactText, cvssVector, alreadyPublic, reportedElsewhere, publicReference, exploited, reporterName,
                reporterEmail, reporterOrganization, anonymous, creditWanted, creditName, pgpPublicKey, language,
                policyAccepted, files, keptFiles);
    }

    ReportDraft withoutFiles(List<UUID> kept) {
        return new ReportDraft(submissionKey, product, productVersion, vulnerabilityType, title, stepsToReproduce, proofOfConcept,
                impact, cvssVector, alreadyPublic, reportedElsewhere, publicReference, exploited, reporterName,
                reporterEmail, reporterOrganization, anonymous, creditWanted, creditName, pgpPublicKey, language,
                policyAccepted, List.of(), kept);
    }
}
