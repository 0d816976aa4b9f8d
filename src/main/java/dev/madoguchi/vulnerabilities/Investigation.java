package dev.madoguchi.vulnerabilities;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.madoguchi.cases.Case;
import dev.madoguchi.cases.CaseDirectory;
import dev.madoguchi.cases.CaseViewer;
import dev.madoguchi.cwe.CweCatalog;
import dev.madoguchi.products.Catalog;
import dev.madoguchi.products.ComponentHit;
import dev.madoguchi.products.ComponentIndex;
import dev.madoguchi.products.Product;
import dev.madoguchi.products.ProductRuleViolation;
import dev.madoguchi.products.ProductVersion;
import dev.madoguchi.shared.DisplayTime;
import dev.madoguchi.shared.NotFoundException;
import dev.madoguchi.versions.InvalidVersionRangeException;
import dev.madoguchi.versions.VersionOrder;
import dev.madoguchi.versions.VersionRange;
import dev.madoguchi.versions.VersionScheme;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The investigation of a case's vulnerabilities (seed policies: the development division that owns the product
 * investigates): PSIRT writes the vulnerabilities; the owning division's members record impact and remediations
 * for their products, PSIRT for any. A case or product the person may not act on answers as if it did not exist.
 * Every change goes on the case timeline and into the audit trail.
 */
@Service
class Investigation {

    private final Vulnerabilities vulnerabilities;
    private final CaseDirectory cases;
    private final Catalog catalog;
    private final CweCatalog cwes;
    private final ComponentIndex components;
    private final Clock clock;

    Investigation(Vulnerabilities vulnerabilities, CaseDirectory cases, Catalog catalog, CweCatalog cwes,
            ComponentIndex components, Clock clock) {
        this.vulnerabilities = vulnerabilities;
        this.cases = cases;
        this.catalog = catalog;
        this.cwes = cwes;
        this.components = components;
        this.clock = clock;
    }

    Case visibleCase(String reference, CaseViewer viewer) {
        return cases.visible(reference, viewer).orElseThrow(() -> new NotFoundException("case " + reference));
    }

    List<Vulnerability> vulnerabilities(Case c) {
        return vulnerabilities.ofCase(c.id());
    }

    List<Impact> impacts(Vulnerability v) {
        return vulnerabilities.impacts(v.id());
    }

    List<Remediation> remediations(Vulnerability v) {
        return vulnerabilities.remediations(v.id());
    }

    /** The products this person may record impact for: every product for PSIRT, their divisions' for developers. */
    List<Product> recordable(CaseViewer viewer) {
        if (viewer.handles()) {
            return catalog.search(null, null, null);
        }
        List<Product> products = new ArrayList<>();
        for (long division : cases.divisionsOf(viewer)) {
            products.addAll(catalog.search(null, division, null));
        }
        return products;
    }

    @Transactional
    int addVulnerability(String reference, CaseViewer viewer, VulnerabilityText text) {
        Case c = visibleCase(reference, viewer);
        requireHandler(viewer);
        VulnerabilityText checked = text.checked(cwes);
        int number = vulnerabilities.insert(c.id(), checked, viewer.username(), clock.instant());
        cases.record(c, viewer.username(), "vulnerability-added", "V" + number + ": " + checked.summary());
        return number;
    }

    @Transactional
    void updateVulnerability(String reference, int number, CaseViewer viewer, VulnerabilityText text) {
        Case c = visibleCase(reference, viewer);
        requireHandler(viewer);
        Vulnerability v = vulnerability(c, number);
        VulnerabilityText checked = text.checked(cwes);
        vulnerabilities.update(v.id(), checked, clock.instant());
        cases.record(c, viewer.username(), "vulnerability-updated", v.label() + ": " + checked.summary());
    }

    /** Records (or, with {@code impactId}, changes) the impact on one product's versions. */
    @Transactional
    void recordImpact(String reference, int number, CaseViewer viewer, ImpactForm form) {
        Case c = visibleCase(reference, viewer);
        Vulnerability v = vulnerability(c, number);
        vulnerabilities.lock(v.id());
        Product product = recordableProduct(viewer, form.productId());
        Impact existing = null;
        if (form.impactId() != null) {
            existing = vulnerabilities.impact(v.id(), form.impactId())
                    .filter(i -> i.productId() == product.id())
                    .orElseThrow(() -> new NotFoundException("impact " + form.impactId()));
        }
        VersionOrder order = order(product);
        VersionRange range = range(form.range(), order);
        ImpactStatus status = form.status();
        Justification justification = form.justification();
        long editing = existing == null ? -1 : existing.id();
        List<Impact> others = vulnerabilities.impacts(v.id()).stream()
                .filter(i -> i.productId() == product.id() && i.id() != editing).toList();
        ImpactRules.check(status, justification, product.endOfLife(LocalDate.now(clock.withZone(DisplayTime.JST))),
                range, order, others);
        String statement = form.statement() == null ? "" : form.statement().strip();
        if (statement.length() > 5000) {
            throw new InvestigationRefused("impact.statement.too-long");
        }
        if (existing == null) {
            vulnerabilities.insertImpact(v.id(), product.id(), range, status, justification, statement,
                    viewer.username(), clock.instant());
        } else {
            vulnerabilities.updateImpact(existing.id(), range, status, justification, statement, viewer.username(),
                    clock.instant());
        }
        vulnerabilities.withdrawReview(v.id());
        cases.record(c, viewer.username(), "impact-recorded", v.label() + ", " + product.nameEn() + " " + range
                + ": " + status.code() + (justification == null ? "" : " (" + justification.code() + ")"));
    }

    @Transactional
    void removeImpact(String reference, int number, CaseViewer viewer, long impactId) {
        Case c = visibleCase(reference, viewer);
        Vulnerability v = vulnerability(c, number);
        vulnerabilities.lock(v.id());
        Impact impact = vulnerabilities.impact(v.id(), impactId)
                .orElseThrow(() -> new NotFoundException("impact " + impactId));
        Product product = recordableProduct(viewer, impact.productId());
        vulnerabilities.deleteImpact(impact.id());
        vulnerabilities.withdrawReview(v.id());
        cases.record(c, viewer.username(), "impact-removed", v.label() + ", " + product.nameEn() + " "
                + impact.range() + ": " + impact.status().code());
    }

    @Transactional
    void addRemediation(String reference, int number, CaseViewer viewer, RemediationForm form) {
        Case c = visibleCase(reference, viewer);
        Vulnerability v = vulnerability(c, number);
        vulnerabilities.lock(v.id());
        if (form.productIds().isEmpty()) {
            throw new InvestigationRefused("remediation.products.required");
        }
        Set<Long> products = new LinkedHashSet<>(form.productIds());
        List<String> names = new ArrayList<>();
        for (long productId : products) {
            names.add(recordableProduct(viewer, productId).nameEn());
        }
        RemediationForm checked = form.checked();
        vulnerabilities.insertRemediation(v.id(), checked.category(), checked.detailsEn(), checked.detailsJa(),
                checked.fixedVersion(), checked.releasedOn(), checked.url(), List.copyOf(products), viewer.username(),
                clock.instant());
        vulnerabilities.withdrawReview(v.id());
        cases.record(c, viewer.username(), "remediation-added", v.label() + ", " + checked.category().code() + " for "
                + String.join(", ", names) + (checked.fixedVersion() == null ? "" : ": " + checked.fixedVersion()));
    }

    @Transactional
    void removeRemediation(String reference, int number, CaseViewer viewer, long remediationId) {
        Case c = visibleCase(reference, viewer);
        Vulnerability v = vulnerability(c, number);
        vulnerabilities.lock(v.id());
        Remediation remediation = vulnerabilities.remediations(v.id()).stream()
                .filter(r -> r.id() == remediationId).findFirst()
                .orElseThrow(() -> new NotFoundException("remediation " + remediationId));
        remediation.productIds().forEach(p -> recordableProduct(viewer, p));
        vulnerabilities.deleteRemediation(v.id(), remediation.id());
        vulnerabilities.withdrawReview(v.id());
        cases.record(c, viewer.username(), "remediation-removed", v.label() + ", " + remediation.category().code());
    }

    /**
     * Adds every product version whose SBOM holds the component in the given versions as "under investigation", in
     * one step (a third-party component's vulnerability). Versions already recorded for the vulnerability keep
     * their record. Returns how many were added and how many hits could not be compared and need a person.
     */
    @Transactional
    ComponentHitsAdded addComponentHits(String reference, int number, CaseViewer viewer, String component,
            String range, String scheme) {
        Case c = visibleCase(reference, viewer);
        requireHandler(viewer);
        Vulnerability v = vulnerability(c, number);
        vulnerabilities.lock(v.id());
        if (component == null || component.isBlank()) {
            throw new InvestigationRefused("impact.components.required");
        }
        List<ComponentHit> hits;
        try {
            hits = components.search(component, range, scheme);
        } catch (ProductRuleViolation violation) {
            throw new InvestigationRefused(switch (violation.messageKey()) {
                case "component.too-many" -> "impact.components.too-many";
                case "component.range.invalid" -> "impact.components.range-invalid";
                default -> "impact.components.scheme-invalid";
            }, violation.arguments().toArray());
        } catch (IllegalArgumentException unknownScheme) {
            throw new InvestigationRefused("impact.components.scheme-invalid");
        }
        Set<Long> seen = new java.util.HashSet<>();
        int added = 0;
        int uncompared = 0;
        for (ComponentHit hit : hits) {
            if (hit.inRange() == null) {
                uncompared++;
                continue;
            }
            if (!seen.add(hit.productVersionId())) {
                continue;
            }
            Product product = catalog.product(hit.productId()).orElseThrow();
            VersionOrder order = order(product);
            VersionRange exact = VersionRange.exactly(hit.productVersion());
            boolean recorded = vulnerabilities.impacts(v.id()).stream()
                    .anyMatch(i -> i.productId() == product.id() && i.range().overlaps(exact, order));
            if (!recorded) {
                vulnerabilities.insertImpact(v.id(), product.id(), exact, ImpactStatus.UNDER_INVESTIGATION, null,
                        "SBOM: " + hit.component() + " " + hit.componentVersion() + " (" + hit.path() + ")",
                        viewer.username(), clock.instant());
                added++;
            }
        }
        if (added == 0) {
            return new ComponentHitsAdded(0, uncompared);
        }
        vulnerabilities.withdrawReview(v.id());
        cases.record(c, viewer.username(), "impact-recorded", v.label() + ": " + added + " product versions "
                + "containing " + component.strip() + " " + (range == null ? "" : range.strip())
                + " added as under_investigation");
        return new ComponentHitsAdded(added, uncompared);
    }

    /** What adding the hits of a component search did. */
    record ComponentHitsAdded(int added, int uncompared) {
    }

    /** PSIRT confirms the affected products and remediations as recorded now; a later change withdraws it. */
    @Transactional
    void reviewImpact(String reference, int number, CaseViewer viewer, int revision) {
        Case c = visibleCase(reference, viewer);
        requireHandler(viewer);
        Vulnerability v = vulnerability(c, number);
        vulnerabilities.lock(v.id());
        if (!vulnerabilities.markReviewed(v.id(), revision, viewer.username(), clock.instant())) {
            throw new InvestigationRefused("impact.review.stale");
        }
        cases.record(c, viewer.username(), "impact-reviewed", v.label() + ": " + vulnerabilities.impacts(v.id()).size()
                + " impact records, " + vulnerabilities.remediations(v.id()).size() + " remediations reviewed");
    }

    /** The versions of the product a range covers, in the product's order. */
    List<String> covered(Impact impact) {
        Product product = catalog.product(impact.productId()).orElseThrow();
        List<String> known = catalog.versions(product.id()).stream().map(ProductVersion::version).toList();
        return impact.range().covered(known, order(product));
    }

    private Vulnerability vulnerability(Case c, int number) {
        return vulnerabilities.byNumber(c.id(), number)
                .orElseThrow(() -> new NotFoundException("vulnerability " + c.reference() + " V" + number));
    }

    private Product recordableProduct(CaseViewer viewer, Long productId) {
        if (productId == null) {
            throw new InvestigationRefused("impact.product.required");
        }
        Product product = catalog.product(productId)
                .orElseThrow(() -> new NotFoundException("product " + productId));
        if (!viewer.handles() && !cases.divisionsOf(viewer).contains(product.divisionId())) {
            // another division's product: the same answer as a product that does not exist
            throw new NotFoundException("product " + productId);
        }
        return product;
    }

    private static void requireHandler(CaseViewer viewer) {
        if (!viewer.handles()) {
            throw new NotFoundException("vulnerability editing");
        }
    }

    private VersionOrder order(Product product) {
        return VersionOrder.of(VersionScheme.fromCode(product.versionScheme()),
                catalog.versions(product.id()).stream().map(ProductVersion::version).toList());
    }

    private static VersionRange range(String text, VersionOrder order) {
        try {
            return VersionRange.parse(text == null || text.isBlank() ? "*" : text, order);
        } catch (InvalidVersionRangeException e) {
            throw new InvestigationRefused("impact.range.invalid", e.getMessage());
        }
    }
}
