package dev.madoguchi.vulnerabilities;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import dev.madoguchi.cases.Case;
import dev.madoguchi.cases.CaseDirectory;
import dev.madoguchi.cases.CaseViewer;
import dev.madoguchi.cna.CveId;
import dev.madoguchi.cna.CveIdPool;
import dev.madoguchi.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives a vulnerability a CVE ID from the CNA's pool with one action. The NEC policy assigns CVE IDs only for issues
 * specific to its own products: a vulnerability in a third-party component (which references the upstream CVE), or
 * one with no product of ours recorded as affected, needs a written reason to override the rule.
 */
@Service
class CveAssignment {

    private static final Set<ImpactStatus> IN_OUR_PRODUCT = EnumSet.of(ImpactStatus.KNOWN_AFFECTED,
            ImpactStatus.FIXED, ImpactStatus.UNDER_INVESTIGATION, ImpactStatus.NOT_INVESTIGATED_EOL);

    private final Investigation investigation;
    private final Vulnerabilities vulnerabilities;
    private final CveIdPool pool;
    private final CaseDirectory cases;

    CveAssignment(Investigation investigation, Vulnerabilities vulnerabilities, CveIdPool pool, CaseDirectory cases) {
        this.investigation = investigation;
        this.vulnerabilities = vulnerabilities;
        this.pool = pool;
        this.cases = cases;
    }

    Optional<CveId> of(Vulnerability v) {
        return pool.ofVulnerability(v.id());
    }

    @Transactional
    String assign(String reference, int number, CaseViewer viewer, String overrideReason) {
        Case c = investigation.visibleCase(reference, viewer);
        if (!viewer.handles()) {
            throw new NotFoundException("cve assignment");
        }
        Vulnerability v = vulnerabilities.byNumber(c.id(), number)
                .orElseThrow(() -> new NotFoundException("vulnerability " + reference + " V" + number));
        vulnerabilities.lock(v.id());
        pool.ofVulnerability(v.id()).ifPresent(id -> {
            throw new InvestigationRefused("cve.already-assigned", id.id());
        });
        String reason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
        if (reason != null && reason.length() > 2000) {
            throw new InvestigationRefused("cve.override.too-long");
        }
        boolean ours = vulnerabilities.impacts(v.id()).stream().anyMatch(i -> IN_OUR_PRODUCT.contains(i.status()));
        if (reason == null && v.thirdPartyComponent() != null) {
            throw new InvestigationRefused("cve.third-party", v.thirdPartyComponent(),
                    v.upstreamCve() == null ? "—" : v.upstreamCve());
        }
        if (reason == null && !ours) {
            throw new InvestigationRefused("cve.no-product-of-ours");
        }
        String label = c.reference() + " " + v.label();
        String id = pool.assignNext(v.id(), label, viewer.username(), reason)
                .orElseThrow(() -> new InvestigationRefused("cve.pool.empty"));
        cases.record(c, viewer.username(), "cve-assigned", v.label() + ": " + id
                + (reason == null ? "" : " (own-product rule overridden: " + reason + ")"));
        return id;
    }
}
