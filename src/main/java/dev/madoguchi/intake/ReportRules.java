package dev.madoguchi.intake;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.madoguchi.cvss.CvssVector;
import dev.madoguchi.cvss.InvalidCvssVectorException;
import dev.madoguchi.cwe.CweCatalog;
import dev.madoguchi.openpgp.PublicKeyCheck;

/**
 * What a report must hold: the six items the NEC policy asks for (product, version, type of vulnerability, steps to
 * reproduce, proof of concept, impact), how to reach and credit the reporter, and limits that keep one submission
 * from swamping the desk. The field names are the API's JSON paths; the web form uses the same names.
 */
final class ReportRules {

    static final int MAX_SHORT = 200;
    static final int MAX_TYPE = 300;
    static final int MAX_STEPS = 50_000;
    static final int MAX_PROOF = 200_000;
    static final int MAX_IMPACT = 20_000;
    static final int MAX_REFERENCE = 2_000;
    static final int MAX_EMAIL = 254;
    static final int MAX_CVSS = 300;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}");
    private static final Pattern CWE_PREFIX = Pattern.compile("(?i)^\\s*CWE-(\\d{1,5})\\b.*", Pattern.DOTALL);

    /** Limits on files, from configuration. */
    record FileLimits(long maxFileSize, long maxReportSize, int maxFiles) {
    }

    private final CweCatalog cwe;
    private final FileLimits limits;

    ReportRules(CweCatalog cwe, FileLimits limits) {
        this.cwe = cwe;
        this.limits = limits;
    }

    /**
     * @param keptFileSizes sizes of the files kept from an earlier failed submission, which count towards the limits
     */
    List<FieldProblem> check(ReportDraft d, List<Long> keptFileSizes, Date now) {
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "product", d.product(), MAX_SHORT);
        required(problems, "productVersion", d.productVersion(), MAX_SHORT);
        if (required(problems, "vulnerabilityType", d.vulnerabilityType(), MAX_TYPE)) {
            cweOf(d.vulnerabilityType()).ifPresent(id -> {
                if (cwe.byId(id).isEmpty()) {
                    problems.add(FieldProblem.of("vulnerabilityType", "report.vulnerabilityType.unknown-cwe", id));
                }
            });
        }
        required(problems, "title", d.title(), MAX_SHORT);
        // a reporter who encrypts (as the policies ask) may put the whole description in one message (issue 9)
        boolean encrypted = EncryptedParts.holdsMessage(d.stepsToReproduce())
                || EncryptedParts.holdsMessage(d.proofOfConcept()) || EncryptedParts.holdsMessage(d.impact());
        if (encrypted) {
            optional(problems, "stepsToReproduce", d.stepsToReproduce(), MAX_STEPS);
            optional(problems, "impact", d.impact(), MAX_IMPACT);
        } else {
            required(problems, "stepsToReproduce", d.stepsToReproduce(), MAX_STEPS);
            required(problems, "impact", d.impact(), MAX_IMPACT);
        }
        optional(problems, "proofOfConcept", d.proofOfConcept(), MAX_PROOF);
        if (optional(problems, "cvssVector", d.cvssVector(), MAX_CVSS) && !blank(d.cvssVector())) {
            try {
                CvssVector.parse(d.cvssVector());
            } catch (InvalidCvssVectorException e) {
                problems.add(FieldProblem.of("cvssVector", "report.cvssVector.invalid", e.getMessage()));
            }
        }
        if (d.alreadyPublic() || d.reportedElsewhere()) {
            required(problems, "publicReference", d.publicReference(), MAX_REFERENCE);
        } else {
            optional(problems, "publicReference", d.publicReference(), MAX_REFERENCE);
        }
        required(problems, "reporter.name", d.reporterName(), MAX_SHORT);
        checkEmail(problems, d);
        optional(problems, "reporter.organization", d.reporterOrganization(), MAX_SHORT);
        if (d.creditWanted()) {
            required(problems, "credit.name", d.creditName(), MAX_SHORT);
        } else {
            optional(problems, "credit.name", d.creditName(), MAX_SHORT);
        }
        if (!blank(d.pgpPublicKey())) {
            PublicKeyCheck.check(d.pgpPublicKey().strip(), now).ifPresent(problem -> problems.add(
                    FieldProblem.of("reporter.pgpPublicKey", "report.pgp." + problem.name().toLowerCase().replace('_', '-'))));
        }
        if (d.language() == null) {
            problems.add(FieldProblem.of("language", "report.language.invalid"));
        }
        if (!d.policyAccepted()) {
            problems.add(FieldProblem.of("policyAccepted", "report.policy.required"));
        }
        checkFiles(problems, d, keptFileSizes);
        return problems;
    }

    /**
     * A report that came by e-mail (issue 10) holds what its sender chose to write, in the body and files: only the
     * address to answer and the limits on files apply; PSIRT asks for the rest in the conversation.
     */
    List<FieldProblem> checkMail(ReportDraft d) {
        List<FieldProblem> problems = new ArrayList<>();
        checkEmail(problems, d);
        checkFiles(problems, d, List.of());
        return problems;
    }

    private static void checkEmail(List<FieldProblem> problems, ReportDraft d) {
        if (required(problems, "reporter.email", d.reporterEmail(), MAX_EMAIL)
                && !EMAIL.matcher(d.reporterEmail().strip()).matches()) {
            problems.add(FieldProblem.of("reporter.email", "report.email.invalid"));
        }
    }

    private void checkFiles(List<FieldProblem> problems, ReportDraft d, List<Long> keptFileSizes) {
        int count = d.files().size() + keptFileSizes.size();
        if (count > limits.maxFiles()) {
            problems.add(FieldProblem.of("attachments", "report.files.too-many", limits.maxFiles()));
        }
        long total = keptFileSizes.stream().mapToLong(Long::longValue).sum();
        for (UploadedFile file : d.files()) {
            total += file.size();
            if (file.size() > limits.maxFileSize()) {
                problems.add(FieldProblem.of("attachments", "report.files.too-large", file.fileName(),
                        human(limits.maxFileSize())));
            }
        }
        if (total > limits.maxReportSize()) {
            problems.add(FieldProblem.of("attachments", "report.files.total-too-large",
                    human(limits.maxReportSize())));
        }
    }

    /** A size as people read it: {@code 20 MB}, {@code 512 KB}, {@code 10 bytes} (binary units). */
    static String human(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        if (bytes >= 1024) {
            return (bytes + 1023) / 1024 + " KB";
        }
        return bytes + " bytes";
    }

    /** The CWE number a vulnerability type starts with ({@code CWE-79: Cross-site Scripting}), if any. */
    static Optional<Integer> cweOf(String vulnerabilityType) {
        if (vulnerabilityType == null) {
            return Optional.empty();
        }
        var m = CWE_PREFIX.matcher(vulnerabilityType);
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    private static boolean required(List<FieldProblem> problems, String field, String value, int max) {
        if (blank(value)) {
            problems.add(FieldProblem.of(field, "report.field.required"));
            return false;
        }
        return optional(problems, field, value, max);
    }

    private static boolean optional(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.strip().codePointCount(0, value.strip().length()) > max) {
            problems.add(FieldProblem.of(field, "report.field.too-long", max));
            return false;
        }
        return true;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
