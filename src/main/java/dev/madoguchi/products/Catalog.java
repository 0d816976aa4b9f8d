package dev.madoguchi.products;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The product catalog as other modules read it: products, their versions in the product's own order, and lookup by
 * a current or former name (a name a published advisory used stays resolvable).
 */
@Service
@Transactional(readOnly = true)
public class Catalog {

    private final Products products;

    Catalog(Products products) {
        this.products = products;
    }

    public Optional<Product> product(long id) {
        return products.byId(id);
    }

    public Optional<Product> productNamed(String nameEn) {
        return products.byName(nameEn);
    }

    public List<Product> search(String text, Long divisionId, Long familyId) {
        return products.search(text, divisionId, familyId);
    }

    public List<ProductFamily> families() {
        return products.families();
    }

    /** The product's versions ordered by its version rule (oldest first). */
    public List<ProductVersion> versions(long productId) {
        Product product = products.byId(productId).orElseThrow();
        List<ProductVersion> entered = products.versions(productId);
        return VersionRules.sorted(product, entered);
    }

    public List<FormerName> formerNames(long productId) {
        return products.formerNames(productId);
    }

    public List<ProductVariant> variants(long productId) {
        return products.variants(productId);
    }
}
