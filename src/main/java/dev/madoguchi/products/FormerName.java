package dev.madoguchi.products;

import java.time.Instant;

/** A name the product had until a rename; an advisory that used it still finds the product. */
public record FormerName(String nameEn, String nameJa, Instant replacedAt, String replacedBy) {
}
