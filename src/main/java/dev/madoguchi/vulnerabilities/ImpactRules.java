package dev.madoguchi.vulnerabilities;

import java.util.List;

import dev.madoguchi.versions.VersionOrder;
import dev.madoguchi.versions.VersionRange;

/**
 * The rules an impact record follows, in plain Java. A version has one status per vulnerability (CSAF 2.0 §6.1.6:
 * a product must not be in contradicting product status groups, such as affected and fixed); not affected needs a
 * VEX justification (§3.2.3.14); "not investigated" is for end-of-life products only (NEC policy: EOL products get
 * a CVE ID but may not be investigated).
 */
final class ImpactRules {

    private ImpactRules() {
    }

    /**
     * @param others the product's other impact records for the same vulnerability (not the one being changed)
     * @throws InvestigationRefused naming the broken rule
     */
    static void check(ImpactStatus status, Justification justification, boolean productEndOfLife, VersionRange range,
            VersionOrder order, List<Impact> others) {
        if (status == ImpactStatus.KNOWN_NOT_AFFECTED && justification == null) {
            throw new InvestigationRefused("impact.justification.required");
        }
        if (status != ImpactStatus.KNOWN_NOT_AFFECTED && justification != null) {
            throw new InvestigationRefused("impact.justification.only-not-affected");
        }
        if (status == ImpactStatus.NOT_INVESTIGATED_EOL && !productEndOfLife) {
            throw new InvestigationRefused("impact.eol.only-end-of-life");
        }
        for (Impact other : others) {
            if (other.range().overlaps(range, order)) {
                boolean affectedAndFixed = status == ImpactStatus.FIXED && other.status() == ImpactStatus.KNOWN_AFFECTED
                        || status == ImpactStatus.KNOWN_AFFECTED && other.status() == ImpactStatus.FIXED;
                throw new InvestigationRefused(affectedAndFixed ? "impact.affected-and-fixed" : "impact.overlap",
                        other.range().toString(), other.status().code());
            }
        }
    }
}
