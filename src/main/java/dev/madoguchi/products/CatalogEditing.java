package dev.madoguchi.products;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the catalog by ADMIN and PSIRT (the routes allow no one else): every change is checked, audited, and a
 * rename keeps the former name.
 */
@Service
class CatalogEditing {

    private final Products products;
    private final AuditTrail audit;
    private final Clock clock;

    CatalogEditing(Products products, AuditTrail audit, Clock clock) {
        this.products = products;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long create(ProductDraft draft) {
        refuse(draft.problems());
        refuseOthersName(-1, draft.nameEn());
        try {
            long id = products.insert(draft, clock.instant());
            audit.record(AuditEntry.of("product.created", "product", id, describe(draft)));
            return id;
        } catch (DuplicateKeyException e) {
            throw new ProductRuleViolation("nameEn", "product.name.taken");
        } catch (DataIntegrityViolationException e) {
            throw new ProductRuleViolation("divisionId", "product.division.required");
        }
    }

    @Transactional
    void update(long id, ProductDraft draft, String actor) {
        refuse(draft.problems());
        products.lock(id);
        Product before = products.byId(id).orElseThrow(() -> new ProductRuleViolation(null, "product.unknown"));
        refuseOthersName(id, draft.nameEn());
        if (!before.versionScheme().equals(draft.versionScheme())) {
            // the existing versions must all be valid, and still distinct, under the new rule
            VersionRules.checkAll(draft.versionScheme(), products.versions(id));
        }
        try {
            products.update(id, draft, clock.instant());
        } catch (DuplicateKeyException e) {
            throw new ProductRuleViolation("nameEn", "product.name.taken");
        } catch (DataIntegrityViolationException e) {
            throw new ProductRuleViolation("divisionId", "product.division.required");
        }
        if (!before.nameEn().equals(draft.nameEn()) || !before.nameJa().equals(draft.nameJa())) {
            products.addFormerName(id, before.nameEn(), before.nameJa(), clock.instant(), actor);
        }
        audit.record(AuditEntry.of("product.updated", "product", id, "before: " + describe(before) + "; after: "
                + describe(draft)));
    }

    @Transactional
    long addVersion(long productId, String version, LocalDate releasedOn) {
        products.lock(productId);
        Product product = products.byId(productId)
                .orElseThrow(() -> new ProductRuleViolation(null, "product.unknown"));
        String text = version == null ? "" : version.strip();
        VersionRules.check(product.versionScheme(), text);
        List<ProductVersion> existing = products.versions(productId);
        if (existing.stream().anyMatch(v -> VersionRules.same(product.versionScheme(), v.version(), text))) {
            throw new ProductRuleViolation("version", "product.version.taken", text);
        }
        long id = products.insertVersion(productId, text, releasedOn, clock.instant());
        audit.record(AuditEntry.of("product.version-added", "product", productId, "version: " + text));
        return id;
    }

    @Transactional
    long createFamily(String nameEn, String nameJa) {
        String en = nameEn == null ? "" : nameEn.strip();
        String ja = nameJa == null || nameJa.isBlank() ? en : nameJa.strip();
        if (en.isEmpty() || en.length() > 200 || ja.length() > 200) {
            throw new ProductRuleViolation("familyNameEn", "product.family.invalid");
        }
        try {
            long id = products.insertFamily(en, ja, clock.instant());
            audit.record(AuditEntry.of("product.family-created", "product_family", id, "name: " + en + " / " + ja));
            return id;
        } catch (DuplicateKeyException e) {
            throw new ProductRuleViolation("familyNameEn", "product.family.taken");
        }
    }

    @Transactional
    void addVariant(long productId, String region, String nameEn, String nameJa, String modelNumber) {
        products.byId(productId).orElseThrow(() -> new ProductRuleViolation(null, "product.unknown"));
        String r = Objects.requireNonNullElse(region, "").strip();
        String en = Objects.requireNonNullElse(nameEn, "").strip();
        String ja = nameJa == null || nameJa.isBlank() ? en : nameJa.strip();
        String model = Objects.requireNonNullElse(modelNumber, "").strip();
        if (r.isEmpty() || r.length() > 100 || en.isEmpty() || en.length() > 200 || ja.length() > 200
                || model.length() > 100) {
            throw new ProductRuleViolation("variant", "product.variant.invalid");
        }
        if (products.insertVariant(productId, r, en, ja, model)) {
            audit.record(AuditEntry.of("product.variant-added", "product", productId,
                    "region: " + r + "; name: " + en + " / " + ja + "; model: " + model));
        }
    }

    @Transactional
    void removeVariant(long productId, long variantId) {
        if (products.deleteVariant(productId, variantId) > 0) {
            audit.record(AuditEntry.of("product.variant-removed", "product", productId, "variant: " + variantId));
        }
    }

    /** A name another product carries or carried (advisories may use it) is that product's; it cannot move. */
    private void refuseOthersName(long id, String nameEn) {
        products.byName(nameEn).filter(other -> other.id() != id).ifPresent(other -> {
            throw new ProductProblems(List.of(new ProductRuleViolation("nameEn",
                    other.nameEn().equalsIgnoreCase(nameEn) ? "product.name.taken" : "product.name.former",
                    other.nameEn())));
        });
    }

    private static void refuse(List<ProductRuleViolation> problems) {
        if (!problems.isEmpty()) {
            throw new ProductProblems(problems);
        }
    }

    private static String describe(ProductDraft d) {
        return "name: " + d.nameEn() + " / " + d.nameJa() + "; division: " + d.divisionId() + "; versions: "
                + d.versionScheme() + "; end of life: " + d.endOfLifeOn();
    }

    private static String describe(Product p) {
        return "name: " + p.nameEn() + " / " + p.nameJa() + "; division: " + p.divisionId() + "; versions: "
                + p.versionScheme() + "; end of life: " + p.endOfLifeOn();
    }
}
