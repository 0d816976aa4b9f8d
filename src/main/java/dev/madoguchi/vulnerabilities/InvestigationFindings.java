package dev.madoguchi.vulnerabilities;

import java.util.ArrayList;
import java.util.List;

import dev.madoguchi.cases.DisclosureFacts;
import dev.madoguchi.cna.CveId;
import dev.madoguchi.cvss.CvssVector;
import dev.madoguchi.products.Catalog;
import dev.madoguchi.shared.Language;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The findings of a case's investigation as the hand-off to a coordinator states them (issue 10): each
 * vulnerability's text, CWE, CVSS scores and CVE ID, the affected-products table and the remediations, drawn from the
 * records as advisories draw them (never retyped). The caller has checked that the case may be handed off.
 */
@Component
@Transactional(readOnly = true)
class InvestigationFindings implements DisclosureFacts {

    private final Vulnerabilities vulnerabilities;
    private final VulnerabilityDirectory directory;
    private final CveAssignment cves;
    private final Catalog catalog;

    InvestigationFindings(Vulnerabilities vulnerabilities, VulnerabilityDirectory directory, CveAssignment cves,
            Catalog catalog) {
        this.vulnerabilities = vulnerabilities;
        this.directory = directory;
        this.cves = cves;
        this.catalog = catalog;
    }

    @Override
    public List<DisclosedVulnerability> of(long caseId, Language language) {
        return vulnerabilities.ofCase(caseId).stream().map(v -> disclosed(v, language)).toList();
    }

    private DisclosedVulnerability disclosed(Vulnerability v, Language language) {
        List<Score> scores = new ArrayList<>();
        v.scoreV3().map(InvestigationFindings::score).ifPresent(scores::add);
        v.scoreV4().map(InvestigationFindings::score).ifPresent(scores::add);
        boolean ja = language == Language.JA;
        List<AffectedVersions> affected = directory.affected(v).stream()
                .map(a -> new AffectedVersions(preferred(ja, a.productJa(), a.productEn()), a.range(),
                        a.status().code()))
                .toList();
        List<Remedy> remedies = vulnerabilities.remediations(v.id()).stream()
                .map(r -> new Remedy(r.category().code(), preferred(ja, r.detailsJa(), r.detailsEn()),
                        r.fixedVersion(), r.url(), r.productIds().stream().map(id -> productName(id, ja)).toList()))
                .toList();
        return new DisclosedVulnerability(v.label(), v.title(language),
                preferred(ja, v.descriptionJa(), v.descriptionEn()), v.cwe(),
                cves.of(v).map(CveId::id).orElse(null), v.upstreamCve(), scores, affected, remedies);
    }

    private String productName(long productId, boolean ja) {
        return catalog.product(productId).map(p -> preferred(ja, p.nameJa(), p.nameEn()))
                .orElse(Long.toString(productId));
    }

    private static Score score(CvssVector vector) {
        return new Score(vector.version(), vector.vector(), vector.baseScore(), vector.severity());
    }

    /** The text in the wanted language, else the other one (a text may be written in one language only). */
    private static String preferred(boolean ja, String jaText, String enText) {
        String wanted = ja ? jaText : enText;
        String other = ja ? enText : jaText;
        return wanted == null || wanted.isBlank() ? (other == null ? "" : other) : wanted;
    }
}
