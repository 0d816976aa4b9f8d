package dev.madoguchi.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.madoguchi.shared.Language;

/**
 * The public report form. Nested {@code reporter} and {@code credit} give the fields the same names as the API's
 * JSON ({@code reporter.email}), so one set of rules reports problems for both. {@code website} is a honeypot: a
 * field hidden from people that only robots fill in.
 */
public class ReportForm {

    private String submissionKey = UUID.randomUUID().toString();
    private String product = "";
    private String productVersion = "";
    private String vulnerabilityType = "";
    private String title = "";
    private String stepsToReproduce = "";
    private String proofOfConcept = "";
    private String impact = "";
    private String cvssVector = "";
    private boolean alreadyPublic;
    private boolean reportedElsewhere;
    private String publicReference = "";
    private boolean exploited;
    private Reporter reporter = new Reporter();
    private Credit credit = new Credit();
    private String language = "";
    private boolean policyAccepted;
    private String website = "";
    private List<String> keptFiles = new ArrayList<>();

    /** The reporter: how to reach them and whether third parties may learn who they are. */
    public static class Reporter {
        private String name = "";
        private String email = "";
        private String organization = "";
        private boolean anonymous;
        private String pgpPublicKey = "";

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getOrganization() {
            return organization;
        }

        public void setOrganization(String organization) {
            this.organization = organization;
        }

        public boolean isAnonymous() {
            return anonymous;
        }

        public void setAnonymous(boolean anonymous) {
            this.anonymous = anonymous;
        }

        public String getPgpPublicKey() {
            return pgpPublicKey;
        }

        public void setPgpPublicKey(String pgpPublicKey) {
            this.pgpPublicKey = pgpPublicKey;
        }
    }

    /** Whether and how the reporter wants to be credited in an advisory; ticking the box is the explicit consent. */
    public static class Credit {
        private boolean wanted;
        private String name = "";

        public boolean isWanted() {
            return wanted;
        }

        public void setWanted(boolean wanted) {
            this.wanted = wanted;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    ReportDraft toDraft(List<UploadedFile> files) {
        return new ReportDraft(uuid(submissionKey).orElseGet(UUID::randomUUID), product, productVersion, vulnerabilityType, title, stepsToReproduce,
                proofOfConcept, impact, cvssVector, alreadyPublic, reportedElsewhere, publicReference, exploited,
                reporter.name, reporter.email, reporter.organization, reporter.anonymous, credit.wanted, credit.name,
                reporter.pgpPublicKey, Language.fromTag(language).orElse(null), policyAccepted, files,
                keptFiles.stream().map(ReportForm::uuid).flatMap(Optional::stream).distinct().toList());
    }

    /** Hidden fields come back from the browser and may have been altered: anything that is not a UUID is dropped. */
    static Optional<UUID> uuid(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    public void setSubmissionKey(String submissionKey) {
        this.submissionKey = submissionKey;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public String getProductVersion() {
        return productVersion;
    }

    public void setProductVersion(String productVersion) {
        this.productVersion = productVersion;
    }

    public String getVulnerabilityType() {
        return vulnerabilityType;
    }

    public void setVulnerabilityType(String vulnerabilityType) {
        this.vulnerabilityType = vulnerabilityType;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getStepsToReproduce() {
        return stepsToReproduce;
    }

    public void setStepsToReproduce(String stepsToReproduce) {
        this.stepsToReproduce = stepsToReproduce;
    }

    public String getProofOfConcept() {
        return proofOfConcept;
    }

    public void setProofOfConcept(String proofOfConcept) {
        this.proofOfConcept = proofOfConcept;
    }

    public String getImpact() {
        return impact;
    }

    public void setImpact(String impact) {
        this.impact = impact;
    }

    public String getCvssVector() {
        return cvssVector;
    }

    public void setCvssVector(String cvssVector) {
        this.cvssVector = cvssVector;
    }

    public boolean isAlreadyPublic() {
        return alreadyPublic;
    }

    public void setAlreadyPublic(boolean alreadyPublic) {
        this.alreadyPublic = alreadyPublic;
    }

    public boolean isReportedElsewhere() {
        return reportedElsewhere;
    }

    public void setReportedElsewhere(boolean reportedElsewhere) {
        this.reportedElsewhere = reportedElsewhere;
    }

    public String getPublicReference() {
        return publicReference;
    }

    public void setPublicReference(String publicReference) {
        this.publicReference = publicReference;
    }

    public boolean isExploited() {
        return exploited;
    }

    public void setExploited(boolean exploited) {
        this.exploited = exploited;
    }

    public Reporter getReporter() {
        return reporter;
    }

    public void setReporter(Reporter reporter) {
        this.reporter = reporter;
    }

    public Credit getCredit() {
        return credit;
    }

    public void setCredit(Credit credit) {
        this.credit = credit;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isPolicyAccepted() {
        return policyAccepted;
    }

    public void setPolicyAccepted(boolean policyAccepted) {
        this.policyAccepted = policyAccepted;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public List<String> getKeptFiles() {
        return keptFiles;
    }

    public void setKeptFiles(List<String> keptFiles) {
        this.keptFiles = keptFiles == null ? new ArrayList<>() : keptFiles;
    }
}
