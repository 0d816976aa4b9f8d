package dev.madoguchi.advisories;

import java.time.Instant;

/**
 * How saving the two languages of a field side by side moves their clocks, in plain Java. A language that changed
 * is written now. If it was the stale one, the change is its translation catching up, so the other language counts
 * as confirmed too; if it was up to date, it is the new original and the other language becomes stale unless it
 * changed as well, or the person confirms that it still says the same.
 */
final class TranslationClock {

    /** The clocks of one language after a save. */
    record Times(Instant updatedAt, Instant checkedAt) {
    }

    private TranslationClock() {
    }

    /**
     * @param confirmOther the person confirms that the unchanged language still matches the changed one
     * @return the new clocks of {@code ja} and {@code en}, in that order
     */
    static Times[] save(AdvisoryText before, boolean jaChanged, boolean enChanged, boolean confirmOther,
            Instant now) {
        Times ja = new Times(before.jaUpdatedAt(), before.jaCheckedAt());
        Times en = new Times(before.enUpdatedAt(), before.enCheckedAt());
        if (jaChanged) {
            ja = new Times(now, now);
        }
        if (enChanged) {
            en = new Times(now, now);
        }
        boolean catchUp = jaChanged && !enChanged && before.jaStale() || enChanged && !jaChanged && before.enStale();
        if (confirmOther || catchUp) {
            ja = new Times(ja.updatedAt(), now);
            en = new Times(en.updatedAt(), now);
        }
        return new Times[] {ja, en};
    }
}
