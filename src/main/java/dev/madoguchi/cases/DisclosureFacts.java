package dev.madoguchi.cases;

import java.util.List;

import dev.madoguchi.shared.Language;

/**
 * What the investigation found about a case's vulnerabilities, as a coordinator is told them in the hand-off (issue
 * 10: "summary, affected products, CVSS, proposed dates, our contact"). The vulnerabilities module keeps these facts
 * and depends on this one, so it implements this interface rather than this module calling it; without an
 * implementation (a module test) the hand-off simply has no vulnerability section.
 */
public interface DisclosureFacts {

    /** The case's vulnerabilities in their order (V1, V2 …), texts in {@code language} where written. */
    List<DisclosedVulnerability> of(long caseId, Language language);

    /**
     * One vulnerability: {@code cveId} is our CVE ID if assigned, else null; {@code upstreamCve} the third-party
     * component's CVE it references, if any; {@code cwe} null when not classified.
     */
    record DisclosedVulnerability(String label, String title, String description, String cwe, String cveId,
            String upstreamCve, List<Score> scores, List<AffectedVersions> affected, List<Remedy> remedies) {

        public DisclosedVulnerability {
            scores = List.copyOf(scores);
            affected = List.copyOf(affected);
            remedies = List.copyOf(remedies);
        }
    }

    /** A CVSS base score with its vector ({@code version} 3.1 or 4.0) and qualitative severity. */
    record Score(String version, String vector, double baseScore, String severity) {
    }

    /** A product's versions in the house range notation and their CSAF product status code (known_affected …). */
    record AffectedVersions(String product, String range, String status) {
    }

    /**
     * A remediation (CSAF category code: vendor_fix, workaround …) for the named products; {@code fixedVersion} and
     * {@code url} null when not recorded.
     */
    record Remedy(String category, String details, String fixedVersion, String url, List<String> products) {

        public Remedy {
            products = List.copyOf(products);
        }
    }
}
