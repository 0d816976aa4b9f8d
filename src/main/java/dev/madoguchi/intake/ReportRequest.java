package dev.madoguchi.intake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import dev.madoguchi.shared.Language;

/**
 * The JSON body of {@code POST /api/v1/reports}. Other tools rely on these names; unknown fields are ignored.
 */
public record ReportRequest(String product, String productVersion, String vulnerabilityType, String title,
        String stepsToReproduce, String proofOfConcept, String impact, String cvssVector, Boolean alreadyPublic,
        Boolean reportedElsewhere, String publicReference, Boolean exploited, Reporter reporter, Credit credit,
        String language, Boolean policyAccepted, List<Attachment> attachments) {

    /** Who reports and how to reach them. */
    public record Reporter(String name, String email, String organization, Boolean anonymous, String pgpPublicKey) {
    }

    /** Whether and under which name the reporter wants to be credited in an advisory. */
    public record Credit(Boolean wanted, String name) {
    }

    /** A file, its content in base64 (RFC 4648 §4). */
    public record Attachment(String fileName, String contentType, String contentBase64) {
    }

    /**
     * @param idempotencyKey the request's {@code Idempotency-Key}, scoped to the caller, or null
     * @param problems       receives a problem for each attachment that is not valid base64
     */
    ReportDraft toDraft(String idempotencyKey, Long callerId, List<UploadedFile> multipartFiles,
            List<FieldProblem> problems) {
        Reporter r = reporter == null ? new Reporter(null, null, null, false, null) : reporter;
        Credit c = credit == null ? new Credit(false, null) : credit;
        List<UploadedFile> files = new ArrayList<>(multipartFiles);
        List<Attachment> listed = attachments == null ? List.of() : attachments;
        for (int i = 0; i < listed.size(); i++) {
            Attachment a = listed.get(i);
            try {
                byte[] content = Base64.getMimeDecoder().decode(a.contentBase64() == null ? "" : a.contentBase64());
                files.add(new UploadedFile(a.fileName(), a.contentType(), content));
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("attachments[" + i + "].contentBase64", "report.attachment.not-base64"));
            }
        }
        UUID key = idempotencyKey == null || idempotencyKey.isBlank() ? null
                : UUID.nameUUIDFromBytes((callerId + ":" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
        return new ReportDraft(key, product, productVersion, vulnerabilityType, title, stepsToReproduce,
                proofOfConcept, impact, cvssVector, Boolean.TRUE.equals(alreadyPublic),
                Boolean.TRUE.equals(reportedElsewhere), publicReference, Boolean.TRUE.equals(exploited), r.name(),
                r.email(), r.organization(), Boolean.TRUE.equals(r.anonymous()), Boolean.TRUE.equals(c.wanted()),
                c.name(), r.pgpPublicKey(), language == null ? null : Language.fromTag(language).orElse(null),
                Boolean.TRUE.equals(policyAccepted), files, List.of());
    }
}
