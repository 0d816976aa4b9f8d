package dev.madoguchi.advisories;

import java.time.Instant;

/**
 * One field of an advisory in both languages. For each language: when its text last changed, and when it was last
 * written or confirmed as matching the other language. A language is stale (its translation is older than its
 * original) when the other language changed after it was last written or confirmed.
 */
public record AdvisoryText(AdvisoryField field, String ja, Instant jaUpdatedAt, Instant jaCheckedAt, String en,
        Instant enUpdatedAt, Instant enCheckedAt) {

    public boolean jaStale() {
        return enUpdatedAt.isAfter(jaCheckedAt);
    }

    public boolean enStale() {
        return jaUpdatedAt.isAfter(enCheckedAt);
    }
}
