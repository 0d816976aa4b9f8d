package dev.madoguchi.products;

import java.time.LocalDate;

/** A version of a product; {@code position} is its order of entry, the release order for the {@code listed} rule. */
public record ProductVersion(long id, long productId, String version, int position, LocalDate releasedOn) {
}
