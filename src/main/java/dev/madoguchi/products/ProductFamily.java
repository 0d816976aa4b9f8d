package dev.madoguchi.products;

/** A product family (e.g. a PLC series) grouping products in the catalog and in CSAF {@code product_tree}. */
public record ProductFamily(long id, String nameEn, String nameJa) {
}
