package dev.madoguchi.cve;

import java.util.List;

/**
 * What a CNA says in a published CVE record (CVE JSON 5.1.1, {@code cnaPublishedContainer}), as plain values: the
 * writer turns it into the record. English texts are required by the schema; Japanese ones are added with
 * {@code lang: ja}.
 *
 * @param unsupportedWhenAssigned a product was past its end of life when the ID was assigned (the CNA tag
 *                                {@code unsupported-when-assigned})
 */
public record CveRecordDraft(String cveId, String assignerOrgId, String assignerShortName, String title,
        String descriptionEn, String descriptionJa, List<Affected> affected, List<Weakness> weaknesses,
        List<Metric> metrics, List<String> references, List<String> credits, boolean unsupportedWhenAssigned) {

    public CveRecordDraft {
        affected = List.copyOf(affected);
        weaknesses = List.copyOf(weaknesses);
        metrics = List.copyOf(metrics);
        references = List.copyOf(references);
        credits = List.copyOf(credits);
    }

    /** A product ({@code affected[]}): its versions and their status, and the status of every other version. */
    public record Affected(String vendor, String product, String defaultStatus, List<AffectedVersion> versions,
            List<String> cpes) {

        public Affected {
            versions = List.copyOf(versions);
            cpes = List.copyOf(cpes);
        }
    }

    /**
     * One entry of {@code versions[]}: {@code version} alone, or with {@code lessThan} or {@code lessThanOrEqual}
     * for a range starting at {@code version}; status {@code affected}, {@code unaffected} or {@code unknown}.
     */
    public record AffectedVersion(String version, String lessThan, String lessThanOrEqual, String status,
            String versionType) {
    }

    /** A CWE of {@code problemTypes[]}: {@code CWE-121} and its name. */
    public record Weakness(String cweId, String name) {
    }

    /** A CVSS base score ({@code metrics[]}): version 3.1 or 4.0. */
    public record Metric(String version, String vector, double baseScore, String baseSeverity) {
    }
}
