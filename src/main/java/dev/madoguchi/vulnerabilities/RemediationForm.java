package dev.madoguchi.vulnerabilities;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.List;

/** A remediation as typed, for the products it names. */
record RemediationForm(RemediationCategory category, String detailsEn, String detailsJa, String fixedVersion,
        LocalDate releasedOn, String url, List<Long> productIds) {

    RemediationForm {
        detailsEn = detailsEn == null ? "" : detailsEn.strip();
        detailsJa = detailsJa == null ? "" : detailsJa.strip();
        fixedVersion = fixedVersion == null || fixedVersion.isBlank() ? null : fixedVersion.strip();
        url = url == null || url.isBlank() ? null : url.strip();
        productIds = productIds == null ? List.of() : List.copyOf(productIds);
    }

    /**
     * A vendor fix names the fixed version or where to get it; the others describe what to do (CSAF 2.0 §3.2.3.12
     * makes {@code details} mandatory for every remediation).
     */
    RemediationForm checked() {
        if (category == null) {
            throw new InvestigationRefused("remediation.category.required");
        }
        if (category == RemediationCategory.VENDOR_FIX && fixedVersion == null && url == null) {
            throw new InvestigationRefused("remediation.vendor-fix.incomplete");
        }
        if (detailsEn.isEmpty() && detailsJa.isEmpty()) {
            throw new InvestigationRefused("remediation.details.required");
        }
        if (detailsEn.length() > 5000 || detailsJa.length() > 5000
                || fixedVersion != null && fixedVersion.length() > 100) {
            throw new InvestigationRefused("remediation.too-long");
        }
        if (url != null && !webAddress(url)) {
            throw new InvestigationRefused("remediation.url.invalid");
        }
        return this;
    }

    private static boolean webAddress(String text) {
        try {
            URI uri = new URI(text);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && text.length() <= 2000;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
