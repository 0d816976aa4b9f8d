package dev.madoguchi.products;

/** The product as sold in a region under another name or model number. */
public record ProductVariant(long id, long productId, String region, String nameEn, String nameJa,
        String modelNumber) {
}
